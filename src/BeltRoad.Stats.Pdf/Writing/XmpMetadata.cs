using System.Globalization;
using System.Security;
using System.Text;

namespace BeltRoad.Stats.Pdf.Writing;

/// <summary>
/// The XMP packet of an archival PDF: the info dictionary's entries again (PDF/A requires the two to agree), the PDF/A-2
/// identification (part 2, conformance A when tagged, else B) and, when tagged, the PDF/UA-1 identification with the
/// extension schema PDF/A asks for a namespace it does not predefine.
/// </summary>
internal static class XmpMetadata
{
    public static byte[] Build(PdfDocumentInfo info, bool tagged)
    {
        var x = new StringBuilder();
        x.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
            .Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
            .Append(tagged ? " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"" : string.Empty).Append(">\n")
            .Append("<dc:format>application/pdf</dc:format>\n");
        Alt(x, "dc:title", info.Title);
        Alt(x, "dc:description", info.Subject);
        if (info.Author is { } author)
        {
            x.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        }

        Simple(x, "pdf:Keywords", info.Keywords);
        Simple(x, "pdf:Producer", info.Producer);
        Simple(x, "xmp:CreatorTool", info.Creator);
        Simple(x, "xmp:CreateDate", Date(info.CreationDate));
        Simple(x, "xmp:ModifyDate", Date(info.ModDate ?? info.CreationDate));
        Simple(x, "pdfaid:part", "2");
        Simple(x, "pdfaid:conformance", tagged ? "A" : "B");
        if (tagged)
        {
            Simple(x, "pdfuaid:part", "1");
        }

        x.Append("</rdf:Description>\n");
        if (tagged)
        {
            x.Append(PdfUaExtensionSchema);
        }

        x.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(x.ToString());
    }

    /// <summary>PDF/A-2 §6.6.2.3: a schema outside its predefined list is described in the packet.</summary>
    private const string PdfUaExtensionSchema =
        "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
        + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
        + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
        + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
        + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
        + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
        + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
        + "<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
        + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
        + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n"
        + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
        + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";

    private static void Alt(StringBuilder x, string name, string? value)
    {
        if (value is not null)
        {
            x.Append('<').Append(name).Append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(value)).Append("</rdf:li></rdf:Alt></").Append(name).Append(">\n");
        }
    }

    private static void Simple(StringBuilder x, string name, string? value)
    {
        if (value is not null)
        {
            x.Append('<').Append(name).Append('>').Append(Escape(value)).Append("</").Append(name).Append(">\n");
        }
    }

    private static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
        + (date.Offset == TimeSpan.Zero ? "Z" : date.ToString("zzz", CultureInfo.InvariantCulture));

    private static string Escape(string text) => SecurityElement.Escape(text);
}
