using System.Text;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage.Tests;

public sealed class DocumentTextsWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("texts-writer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writes_a_new_text_in_its_folder_as_utf8_without_bom_and_says_what_it_wrote()
    {
        var info = Document("年报/2023.txt");

        var digest = DocumentTextsWriter.Write(_folder, info, "中欧班列开行1.7万列。\f第二页");

        var bytes = File.ReadAllBytes(Path.Combine(_folder, info.TextPath));
        Assert.Equal(Encoding.UTF8.GetBytes("中欧班列开行1.7万列。\f第二页"), bytes);
        Assert.Equal(bytes.Length, digest.Bytes);
        Assert.True(digest.Matches(Path.Combine(_folder, info.TextPath)));
    }

    // A text already there (a longer one) is replaced whole, not written over in part.
    [Fact]
    public void Replaces_a_longer_text_already_there()
    {
        var info = Document("a.txt");
        DocumentTextsWriter.Write(_folder, info, "一段很长很长的旧文本，比新文本长得多。");

        var digest = DocumentTextsWriter.Write(_folder, info, "新文本");

        Assert.Equal("新文本", File.ReadAllText(Path.Combine(_folder, info.TextPath)));
        Assert.True(digest.Matches(Path.Combine(_folder, info.TextPath)));
    }

    // The texts folder (and a document's subfolder) is made by the first text written into it.
    [Fact]
    public void Makes_the_folders_a_text_goes_into()
    {
        var info = Document("2024/专题/b.txt");

        DocumentTextsWriter.Write(_folder, info, "正文");
        DocumentTextsWriter.Write(_folder, Document("2024/专题/c.txt"), "另一篇");

        Assert.Equal("正文", File.ReadAllText(Path.Combine(_folder, info.TextPath)));
        Assert.Equal("另一篇", File.ReadAllText(Path.Combine(_folder, Document("2024/专题/c.txt").TextPath)));
    }

    private static DocumentInfo Document(string name) => new(name, "00", 0, "utf-8", DocumentLanguage.ZhHans, name, null, 0);
}
