using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace BeltRoad.Stats.Testing;

/// <summary>
/// Small hostile inputs made at test time (docs/hostile-input.md): files of kilobytes that unpack, nest or draw far
/// beyond what any document does. Each is what a security review ran against the program; none is kept in the tree.
/// </summary>
internal static class HostileFiles
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Paragraph = "<w:p><w:r><w:t>截至2023年6月底，中欧班列累计开行7.4万列。</w:t></w:r></w:p>";

    /// <summary>A Word file whose body nests <paramref name="depth"/> wrapper elements around one paragraph (6–11 KB at 50,000).</summary>
    public static byte[] DeepDocx(int depth = 50_000) => Docx(document =>
    {
        document.Write($"<w:document xmlns:w=\"{W}\"><w:body>");
        for (var i = 0; i < depth; i++)
        {
            document.Write("<w:customXml>");
        }

        document.Write(Paragraph);
        for (var i = 0; i < depth; i++)
        {
            document.Write("</w:customXml>");
        }

        document.Write("</w:body></w:document>");
    });

    /// <summary>
    /// A Word file whose document.xml inflates to about <paramref name="unpackedBytes"/> of paragraphs, each a figure:
    /// one compressed block of paragraphs repeated (deflate refers back only within the block), so 2 GB takes some
    /// 2 MB and no time to make. <paramref name="statedBytes"/>: the size its zip directory claims instead, to be
    /// caught while inflating; null states the truth. Its checksum is not computed: a reader stops long before it.
    /// </summary>
    public static byte[] DocxBomb(long unpackedBytes, long? statedBytes = null)
    {
        var head = Deflated(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{W}\"><w:body>"));
        var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Paragraph, 16_000)));
        var body = Deflated(block);
        var repeats = (int)Math.Max(1, unpackedBytes / block.Length);
        using var document = new MemoryStream();
        document.Write(head);
        for (var i = 0; i < repeats; i++)
        {
            document.Write(body);
        }

        document.Write(Deflated("</w:body></w:document>"u8.ToArray()));
        document.Write([0x03, 0x00]); // an empty final block
        var size = statedBytes ?? (long)repeats * block.Length;
        return RawZip([("_rels/.rels", Encoding.UTF8.GetBytes(Relationships)), ("word/document.xml", document.ToArray())], size);
    }

    /// <summary>A Word file whose document.xml declares entities that expand to a billion "lol"s.</summary>
    public static byte[] BillionLaughsDocx() => Docx(document =>
    {
        document.Write("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        document.Write("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (var i = 2; i <= 9; i++)
        {
            document.Write($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        document.Write($"]><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
    });

    /// <summary>A page of <paramref name="depth"/> unclosed <c>&lt;div&gt;</c>s (1.1 MB at 100,000).</summary>
    public static byte[] NestedHtml(int depth = 100_000) =>
        Encoding.UTF8.GetBytes("<html><head><title>嵌套</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "中欧班列累计开行7.4万列。</body></html>");

    /// <summary>A page of <paramref name="count"/> sibling elements, each closed.</summary>
    public static byte[] WideHtml(int count) =>
        Encoding.UTF8.GetBytes("<html><body><p>中欧班列累计开行7.4万列。</p>" + string.Concat(Enumerable.Repeat("<b></b>", count)) + "</body></html>");

    /// <summary>A metadata sidecar whose title is <paramref name="titleCharacters"/> long.</summary>
    public static byte[] HugeSidecar(int titleCharacters) => Encoding.UTF8.GetBytes($"{{ \"title\": \"{new string('题', titleCharacters)}\" }}");

    /// <summary>
    /// A PDF of <paramref name="pages"/> pages that all draw one compressed content stream of <paramref name="lines"/>
    /// lines of <paramref name="lineCharacters"/> characters (6,000 pages of 100 lines of 1,000: 600 MB of text from
    /// some 0.9 MB). The pages are as large as the text, in 8-point type: of type under 3 points wide and high, poppler
    /// reads 50,000 characters and no more.
    /// </summary>
    public static byte[] PdfPageBomb(int pages, int lines, int lineCharacters)
    {
        var content = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"BT /F1 8 Tf 8.8 TL 20 {lines * 8.8 + 20:0} Td\n"));
        var line = "(" + string.Concat(Enumerable.Repeat("7.4 ", lineCharacters / 4)) + ") Tj T*\n";
        for (var i = 0; i < lines; i++)
        {
            content.Append(line);
        }

        content.Append("ET");
        var pdf = new RawPdf();
        var contents = pdf.Stream("", Encoding.ASCII.GetBytes(content.ToString()));
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var box = string.Create(CultureInfo.InvariantCulture, $"/MediaBox [0 0 {lineCharacters * 4.8 + 40:0} {lines * 8.8 + 40:0}]");
        return pdf.Pages(pages, $"{box} /Resources << /Font << /F1 {font} 0 R >> >> /Contents {contents} 0 R");
    }

    /// <summary>A PDF whose one page has a line of text and then strokes <paramref name="megabytes"/> MB of tiny paths: no strings, only drawing.</summary>
    public static byte[] PdfDrawingBomb(int megabytes)
    {
        var content = new StringBuilder("BT /F1 12 Tf 72 720 Td (7.4) Tj ET\n");
        while (content.Length < megabytes * 1024 * 1024)
        {
            content.Append("0 0 m 1 1 l S\n");
        }

        var pdf = new RawPdf();
        var contents = pdf.Stream("", Encoding.ASCII.GetBytes(content.ToString()));
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.Pages(1, $"/MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {contents} 0 R");
    }

    /// <summary>
    /// A one-page PDF of forms nested <paramref name="levels"/> deep, each drawing the next twice: 2^levels draws of
    /// the text at the bottom (2^28 from 3 KB).
    /// </summary>
    public static byte[] PdfNestedForms(int levels = 28)
    {
        var pdf = new RawPdf();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var inner = pdf.Stream($"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >>", "BT /F1 12 Tf 72 720 Td (7.4) Tj ET"u8.ToArray());
        for (var level = 0; level < levels; level++)
        {
            inner = pdf.Stream($"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X {inner} 0 R >> >>", "/X Do /X Do"u8.ToArray());
        }

        var contents = pdf.Stream("", "/X Do"u8.ToArray());
        return pdf.Pages(1, $"/MediaBox [0 0 612 792] /Resources << /XObject << /X {inner} 0 R >> >> /Contents {contents} 0 R");
    }

    private const string Relationships = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"R1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    private static byte[] Docx(Action<TextWriter> document)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(archive, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry(archive, "_rels/.rels", Relationships);
            using var writer = new StreamWriter(archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16);
            document(writer);
        }

        return zip.ToArray();
    }

    private static void Entry(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    // Raw deflate of data, ended by a flush (a non-final block ending on a byte boundary), so segments can be joined.
    private static byte[] Deflated(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(data);
            deflate.Flush();
            return packed.ToArray();
        }
    }

    // A zip of a stored relationships part and a deflated document part (already compressed), its size stated as given.
    private static byte[] RawZip((string Name, byte[] Data)[] entries, long documentSize)
    {
        using var zip = new MemoryStream();
        using var writer = new BinaryWriter(zip);
        var central = new List<(byte[] Name, ushort Method, uint Crc, uint Packed, uint Size, uint Offset)>();
        foreach (var (name, data) in entries)
        {
            var stored = name != "word/document.xml";
            var record = (Encoding.UTF8.GetBytes(name), (ushort)(stored ? 0 : 8), stored ? Crc32(data) : 0u, (uint)data.Length, stored ? (uint)data.Length : (uint)documentSize, (uint)zip.Position);
            writer.Write(0x04034B50u);
            writer.Write((ushort)20);
            writer.Write((ushort)0);
            writer.Write(record.Item2);
            writer.Write(0u); // time and date
            writer.Write(record.Item3);
            writer.Write(record.Item4);
            writer.Write(record.Item5);
            writer.Write((ushort)record.Item1.Length);
            writer.Write((ushort)0);
            writer.Write(record.Item1);
            writer.Write(data);
            central.Add(record);
        }

        var directory = (uint)zip.Position;
        foreach (var (name, method, crc, packed, size, offset) in central)
        {
            writer.Write(0x02014B50u);
            writer.Write((ushort)20);
            writer.Write((ushort)20);
            writer.Write((ushort)0);
            writer.Write(method);
            writer.Write(0u);
            writer.Write(crc);
            writer.Write(packed);
            writer.Write(size);
            writer.Write((ushort)name.Length);
            writer.Write(0u); // extra and comment lengths
            writer.Write(0u); // disk number and internal attributes
            writer.Write(0u); // external attributes
            writer.Write(offset);
            writer.Write(name);
        }

        var end = (uint)zip.Position;
        writer.Write(0x06054B50u);
        writer.Write(0u);
        writer.Write((ushort)central.Count);
        writer.Write((ushort)central.Count);
        writer.Write(end - directory);
        writer.Write(directory);
        writer.Write((ushort)0);
        writer.Flush();
        return zip.ToArray();
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
            }
        }

        return ~crc;
    }

    /// <summary>A PDF written object by object, with its cross-reference table.</summary>
    private sealed class RawPdf
    {
        private readonly List<byte[]> _objects = [];

        public int Add(string body) => Add(Encoding.ASCII.GetBytes(body));

        public int Stream(string dictionary, byte[] data)
        {
            using var packed = new MemoryStream();
            using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(data);
            }

            var head = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<< {dictionary} /Filter /FlateDecode /Length {packed.Length} >>\nstream\n"));
            return Add([.. head, .. packed.ToArray(), .. "\nendstream"u8.ToArray()]);
        }

        /// <summary>The whole file: <paramref name="count"/> pages each with <paramref name="page"/> in its dictionary.</summary>
        public byte[] Pages(int count, string page)
        {
            var tree = _objects.Count + 1;
            var first = tree + 1;
            var kids = string.Join(' ', Enumerable.Range(first, count).Select(n => $"{n} 0 R"));
            Add($"<< /Type /Pages /Kids [{kids}] /Count {count} >>");
            for (var i = 0; i < count; i++)
            {
                Add($"<< /Type /Page /Parent {tree} 0 R {page} >>");
            }

            var catalog = Add($"<< /Type /Catalog /Pages {tree} 0 R >>");
            using var file = new MemoryStream();
            file.Write("%PDF-1.5\n%\xE2\xE3\xCF\xD3\n"u8);
            var offsets = new List<long>();
            for (var i = 0; i < _objects.Count; i++)
            {
                offsets.Add(file.Position);
                file.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
                file.Write(_objects[i]);
                file.Write("\nendobj\n"u8);
            }

            var xref = file.Position;
            var table = new StringBuilder($"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
            offsets.ForEach(o => table.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
            table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_objects.Count + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
            file.Write(Encoding.ASCII.GetBytes(table.ToString()));
            return file.ToArray();
        }

        private int Add(byte[] body)
        {
            _objects.Add(body);
            return _objects.Count;
        }
    }
}
