using BenchmarkDotNet.Running;
using BeltRoad.Stats.Benchmarks;
using BeltRoad.Stats.Benchmarks.Corpus;

// `corpus 1 10 100` prints the large-corpus table (issue 12), `corpus-make MB DIR [seeds|dev]` only writes a corpus of that size from the seeds (default) or the development corpus's documents, `pdf-pages DOCS OUT` prints DOCS/*.txt to PDFs with chromium and `pdf-readers OUT` compares PdfPig with poppler on them (PdfReaders), `html-open FILE [N]` times a published index.html opening in chromium (PageOpening), `html-search FILE QUERY [N]` a search over all its facts (PageSearching), `html-parts FILE` where its bytes are (PageParts), `html-make FACTS FILE` writes a page of the seeds' facts copied to FACTS (HtmlViewLoadBenchmarks), `extract-cold IN OUT [BUILD]` times a new process's cached
// extract step (ColdExtractStep), `report-cold IN OUT BUILD [REPEAT]` its report step (ColdReportStep), `step-memory IN OUT BUILD` each store and report piece's own peak memory (StepMemory), `fact-bytes IN OUT BUILD` what the fact table costs a fact, field by field (FactBytes); anything else goes to BenchmarkDotNet, where every
// benchmark class in this assembly is offered; pick with --filter, e.g.
//   dotnet run -c Release --project tests/BeltRoad.Stats.Benchmarks -- --filter '*Recognizer*'
if (args is ["corpus", .. var sizes])
{
    return CorpusReport.Run(sizes);
}

if (args is ["extract-cold", var input, var output, .. var build])
{
    return ColdExtractStep.Run(input, output, build is [var id] ? id : null);
}

if (args is ["report-cold", var reportInput, var reportOutput, var reportBuild, .. var repeat])
{
    return ColdReportStep.Run(reportInput, reportOutput, reportBuild, repeat is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 3);
}

if (args is ["step-memory", var memoryInput, var memoryOutput, var memoryBuild])
{
    return StepMemory.Run(memoryInput, memoryOutput, memoryBuild);
}

if (args is ["fact-bytes", var bytesInput, var bytesOutput, var bytesBuild])
{
    return FactBytes.Run(bytesInput, bytesOutput, bytesBuild);
}

if (args is ["corpus-make", var megabytes, var corpus, .. var template])
{
    var from = template switch
    {
        [] or ["seeds"] => RepoRoot.Seeds,
        ["dev"] => CorpusGenerator.DevCorpus,
        _ => throw new ArgumentException($"corpus-make MB DIR [seeds|dev]: unknown template '{string.Join(" ", template)}'."),
    };
    var bytes = CorpusGenerator.Generate(from, corpus, int.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"wrote {bytes:N0} bytes of documents to {corpus}");
    return 0;
}

if (args is ["pdf-pages", var documents, var printed])
{
    return await BeltRoad.Stats.Benchmarks.PdfReaders.PrintedPages.MakeAsync(documents, printed);
}

if (args is ["pdf-readers", var pdfs])
{
    return BeltRoad.Stats.Benchmarks.PdfReaders.ReaderComparison.Run(pdfs);
}

if (args is ["html-make", var madeFacts, var made])
{
    HtmlViewLoadBenchmarks.Make(int.Parse(madeFacts, System.Globalization.CultureInfo.InvariantCulture), made);
    return 0;
}

if (args is ["html-search", var searched, var query, .. var searches])
{
    return PageSearching.Run(searched, query, searches is [var t] ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : 5);
}

if (args is ["html-parts", var parted])
{
    return PageParts.Run(parted);
}

if (args is ["html-open", var page, .. var times])
{
    return PageOpening.Run(page, times is [var t] ? int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : 5);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
