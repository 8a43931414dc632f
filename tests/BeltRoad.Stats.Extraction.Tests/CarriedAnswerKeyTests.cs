namespace BeltRoad.Stats.Extraction.Tests;

/// <summary>The answer key carried in tests/Gold is the shared one: a key changed in ../shared/gold is copied in the same change.</summary>
public class CarriedAnswerKeyTests
{
    [SharedFolderFact("gold")]
    public void The_carried_answer_key_equals_the_shared_one_byte_for_byte()
    {
        var carried = Path.GetDirectoryName(RepoRoot.Gold)!;
        foreach (var file in new[] { "seeds-gold.json", "entities.json" })
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(RepoRoot.Shared, "gold", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(carried, file))),
                $"tests/Gold/{file} differs from ../shared/gold/{file}: copy the shared one here");
        }
    }
}
