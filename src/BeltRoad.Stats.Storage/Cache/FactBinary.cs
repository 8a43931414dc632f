using System.Runtime.CompilerServices;
using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// The domain's records field by field for <see cref="CachedExtractionCodec"/>; each Read mirrors its Write. The
/// reads run for every fact and skipped mention of a cached run: compiled optimized at once, as <see cref="EntryReader"/>'s.
/// Labels (metric, subject, section, entity, indicator, measure word, skip reason, a skipped mention's text, a document's
/// encoding, format, author and publisher), quotes and periods are read as the run's one copy (<see cref="SharedValues"/>).
/// </summary>
internal static class FactBinary
{
    public static void WriteDocument(EntryWriter w, DocumentInfo d)
    {
        w.Write(d.Name);
        w.Write(d.Sha256);
        w.Write(d.SizeBytes);
        w.Write(d.Encoding);
        w.WriteEnum(d.Language);
        w.Write(d.Title);
        WriteOptionalPoint(w, d.Date);
        w.Write(d.Length);
        w.Write(d.Format);
        w.WriteOptional(d.Author);
        w.WriteOptional(d.Publisher);
        w.WriteOptional(d.Url);
        w.Write(d.Pages is not null);
        if (d.Pages is { } pages)
        {
            WriteList(w, pages.Starts, static (w, start) => w.Write(start));
        }
    }

    public static DocumentInfo ReadDocument(EntryReader r) => new(
        r.ReadString(), r.ReadString(), r.ReadInt64(), r.ReadShared(), r.ReadEnum<DocumentLanguage>(), r.ReadString(), ReadOptionalPoint(r), r.ReadInt32())
    {
        Format = r.ReadShared(),
        Author = r.ReadOptionalShared(),
        Publisher = r.ReadOptionalShared(),
        Url = r.ReadOptional(),
        Pages = r.ReadBoolean() ? new PageMap(ReadList(r, static r => r.ReadInt32())) : null,
    };

    public static void WriteFact(EntryWriter w, Fact f)
    {
        w.Write(f.Id);
        w.Write(f.Doc);
        w.Write(f.Metric.Value);
        w.Write(f.Subject);
        w.Write(f.Value);
        w.WriteOptional(f.ValueHigh);

        w.WriteEnum(f.Unit);
        w.WriteEnum(f.Qualifier);
        WriteOptionalPoint(w, f.AsOf?.From);
        WriteOptionalPoint(w, f.AsOf?.To);
        w.Write(f.SectionPath);
        w.Write(f.Quote);
        WriteSpan(w, f.Span);
        WriteOccurrences(w, f);
        w.Write(f.Entity);
        w.Write(f.Indicator);
        w.WriteEnum(f.Nature);
        w.WriteEnum(f.Aggregation);
        w.WriteOptionalEnum(f.AsOfBasis);

        w.WriteOptional(f.Measure);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Fact ReadFact(EntryReader r)
    {
        // In the order WriteFact wrote them; locals where a field is read before the constructor takes it.
        var id = r.ReadString();
        var doc = r.ReadString();
        var metric = new MetricCode(r.ReadShared());
        var subject = r.ReadShared();
        var value = r.ReadDecimal();
        decimal? valueHigh = r.ReadBoolean() ? r.ReadDecimal() : null; // as WriteOptional(decimal?) wrote it
        var unit = r.ReadEnum<Unit>();
        var qualifier = r.ReadEnum<Qualifier>();
        var asOf = ReadPeriod(r);
        var sectionPath = r.ReadShared();
        var quote = r.ReadQuote();
        var span = ReadSpan(r);
        return new(id, doc, metric, subject, value, valueHigh, unit, qualifier, asOf, sectionPath, quote, span, ReadOccurrences(r, span))
        {
            Entity = r.ReadShared(),
            Indicator = r.ReadShared(),
            Nature = r.ReadEnum<Nature>(),
            Aggregation = r.ReadEnum<Aggregation>(),
            AsOfBasis = r.ReadBoolean() ? r.ReadEnum<AsOfBasis>() : null, // as WriteOptionalEnum wrote it
            Measure = r.ReadOptionalShared(),
        };
    }

    // A skipped mention's text is shared too: mostly a bare year or small number ("2023", "10"), the same few hundred
    // across a corpus (314 distinct of 662,581 at 100 MB), where each entry decoded its own ≈ 200,000 copies.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SkippedMention ReadSkipped(EntryReader r) => new(r.ReadString(), ReadSpan(r), r.ReadShared(), r.ReadShared());

    public static void WriteSpan(EntryWriter w, SourceSpan span)
    {
        w.Write(span.Start);
        w.Write(span.End);
    }

    public static SourceSpan ReadSpan(EntryReader r) => new(r.ReadInt32(), r.ReadInt32());

    // Written as a list of spans, first the fact's own; a fact stated once is read back as none, which the fact reads
    // as its span, so decoding a table builds no list for most facts (issue 54: every fact is decoded several times a run).
    private static void WriteOccurrences(EntryWriter w, Fact f)
    {
        var count = f.OccurrenceCount;
        w.WriteCount(count);
        for (var i = 0; i < count; i++)
        {
            WriteSpan(w, f.OccurrenceAt(i));
        }
    }

    private static SourceSpan[] ReadOccurrences(EntryReader r, SourceSpan span)
    {
        var count = r.ReadCount();
        if (count == 1 && ReadSpan(r) is var only)
        {
            return only == span ? [] : [only];
        }

        return ReadItems(r, count, ReadSpan);
    }

    public static void WriteList<T>(EntryWriter w, IReadOnlyList<T> items, Action<EntryWriter, T> write)
    {
        w.WriteCount(items.Count);
        // By index: foreach over the interface allocates an enumerator per list (a fact's spans: one per fact).
        for (var i = 0; i < items.Count; i++)
        {
            write(w, items[i]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static T[] ReadList<T>(EntryReader r, Func<EntryReader, T> read) => ReadItems(r, r.ReadCount(), read);

    // The count items of a list whose count was read already.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static T[] ReadItems<T>(EntryReader r, int count, Func<EntryReader, T> read)
    {
        var items = new T[count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read(r);
        }

        return items;
    }

    private static void WriteOptionalPoint(EntryWriter w, PeriodPoint? point)
    {
        w.Write(point is not null);
        if (point is { } p)
        {
            w.Write(p.Year);
            w.Write(p.Month);
            w.Write(p.Day);
            w.WriteEnum(p.Precision);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PeriodPoint? ReadOptionalPoint(EntryReader r) =>
        r.ReadBoolean() ? new PeriodPoint(r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadEnum<DatePrecision>()) : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Period? ReadPeriod(EntryReader r) => (ReadOptionalPoint(r), ReadOptionalPoint(r)) switch
    {
        (null, null) => null,
        ({ } from, var to) => r.SharedPeriod(from, to),
        _ => throw new InvalidOperationException("a period with an end but no start"),
    };
}
