using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>The domain's records field by field for <see cref="CachedExtractionCodec"/>; each Read mirrors its Write.</summary>
internal static class FactBinary
{
    public static void WriteDocument(BinaryWriter w, DocumentInfo d)
    {
        w.Write(d.Name);
        w.Write(d.Sha256);
        w.Write(d.SizeBytes);
        w.Write(d.Encoding);
        WriteEnum(w, d.Language);
        w.Write(d.Title);
        WriteOptionalPoint(w, d.Date);
        w.Write(d.Length);
        w.Write(d.Format);
        WriteOptional(w, d.Author);
        WriteOptional(w, d.Publisher);
        WriteOptional(w, d.Url);
        w.Write(d.Pages is not null);
        if (d.Pages is { } pages)
        {
            WriteList(w, pages.Starts, static (w, start) => w.Write(start));
        }
    }

    public static DocumentInfo ReadDocument(BinaryReader r) => new(
        r.ReadString(), r.ReadString(), r.ReadInt64(), r.ReadString(), ReadEnum<DocumentLanguage>(r), r.ReadString(), ReadOptionalPoint(r), r.ReadInt32())
    {
        Format = r.ReadString(),
        Author = ReadOptional(r),
        Publisher = ReadOptional(r),
        Url = ReadOptional(r),
        Pages = r.ReadBoolean() ? new PageMap(ReadList(r, static r => r.ReadInt32())) : null,
    };

    public static void WriteFact(BinaryWriter w, Fact f)
    {
        w.Write(f.Id);
        w.Write(f.Doc);
        w.Write(f.Metric.Value);
        w.Write(f.Subject);
        w.Write(f.Value);
        w.Write(f.ValueHigh is not null);
        if (f.ValueHigh is { } high)
        {
            w.Write(high);
        }

        WriteEnum(w, f.Unit);
        WriteEnum(w, f.Qualifier);
        WriteOptionalPoint(w, f.AsOf?.From);
        WriteOptionalPoint(w, f.AsOf?.To);
        w.Write(f.SectionPath);
        w.Write(f.Quote);
        WriteSpan(w, f.Span);
        WriteList(w, f.Occurrences, WriteSpan);
        w.Write(f.Entity);
        w.Write(f.Indicator);
        WriteEnum(w, f.Nature);
        WriteEnum(w, f.Aggregation);
        w.Write(f.AsOfBasis is not null);
        if (f.AsOfBasis is { } basis)
        {
            WriteEnum(w, basis);
        }

        WriteOptional(w, f.Measure);
    }

    public static Fact ReadFact(BinaryReader r) => new(
        Id: r.ReadString(),
        Doc: r.ReadString(),
        Metric: new MetricCode(r.ReadString()),
        Subject: r.ReadString(),
        Value: r.ReadDecimal(),
        ValueHigh: r.ReadBoolean() ? r.ReadDecimal() : null,
        Unit: ReadEnum<Unit>(r),
        Qualifier: ReadEnum<Qualifier>(r),
        AsOf: ReadPeriod(r),
        SectionPath: r.ReadString(),
        Quote: r.ReadString(),
        Span: ReadSpan(r),
        Occurrences: ReadList(r, ReadSpan))
    {
        Entity = r.ReadString(),
        Indicator = r.ReadString(),
        Nature = ReadEnum<Nature>(r),
        Aggregation = ReadEnum<Aggregation>(r),
        AsOfBasis = r.ReadBoolean() ? ReadEnum<AsOfBasis>(r) : null,
        Measure = ReadOptional(r),
    };

    public static void WriteSpan(BinaryWriter w, SourceSpan span)
    {
        w.Write(span.Start);
        w.Write(span.End);
    }

    public static SourceSpan ReadSpan(BinaryReader r) => new(r.ReadInt32(), r.ReadInt32());

    public static void WriteList<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        w.Write(items.Count);
        foreach (var item in items)
        {
            write(w, item);
        }
    }

    public static T[] ReadList<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.ReadInt32();
        // A damaged count must not allocate what the payload cannot hold (every item takes at least a byte).
        if (count < 0 || count > r.BaseStream.Length - r.BaseStream.Position)
        {
            throw new InvalidOperationException($"list of {count} items in a damaged entry");
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read(r);
        }

        return items;
    }

    public static void WriteOptional(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            w.Write(text);
        }
    }

    public static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    public static void WriteEnum<T>(BinaryWriter w, T value)
        where T : struct, Enum => w.Write(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));

    public static T ReadEnum<T>(BinaryReader r)
        where T : struct, Enum
    {
        var value = (T)Enum.ToObject(typeof(T), r.ReadInt32());
        return Enum.IsDefined(value) ? value : throw new InvalidOperationException($"{value} is not a {typeof(T).Name}");
    }

    private static void WriteOptionalPoint(BinaryWriter w, PeriodPoint? point)
    {
        w.Write(point is not null);
        if (point is { } p)
        {
            w.Write(p.Year);
            w.Write(p.Month);
            w.Write(p.Day);
            WriteEnum(w, p.Precision);
        }
    }

    private static PeriodPoint? ReadOptionalPoint(BinaryReader r) =>
        r.ReadBoolean() ? new PeriodPoint(r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), ReadEnum<DatePrecision>(r)) : null;

    private static Period? ReadPeriod(BinaryReader r) => (ReadOptionalPoint(r), ReadOptionalPoint(r)) switch
    {
        (null, null) => null,
        ({ } from, null) => Period.AsOf(from),
        ({ } from, { } to) => Period.Span(from, to),
        _ => throw new InvalidOperationException("a period with an end but no start"),
    };
}
