namespace BeltRoad.Stats.Testing;

/// <summary>
/// A fact that reads a folder of <c>../shared</c>, the team's folder beside the checkout that is never committed (the
/// peer's MIT spec cases): skipped with a message naming the missing folder on a fresh clone, but run (and failed)
/// with CI=true, where the folder is always laid beside the checkout.
/// </summary>
public sealed class SharedFolderFactAttribute : FactAttribute
{
    public SharedFolderFactAttribute(string folder)
    {
        var path = Path.Combine(RepoRoot.Shared, folder);
        if (!Directory.Exists(path) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{path} is missing (the team's shared folder beside the checkout, never committed); with CI=true this test fails instead";
        }
    }
}
