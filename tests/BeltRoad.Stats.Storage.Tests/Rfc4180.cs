using System.Text;

namespace BeltRoad.Stats.Storage.Tests;

/// <summary>A strict RFC 4180 reader: records end in CRLF, quoted fields may hold commas, quotes and line breaks.</summary>
internal static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else if (text[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else if (text[i] is '"' or '\r' or '\n')
            {
                throw new FormatException($"Bare {(int)text[i]} at {i} outside a quoted field.");
            }
            else
            {
                field.Append(text[i++]);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            throw new FormatException("Last record does not end in CRLF.");
        }

        return records;
    }
}
