using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BeltRoad.Stats.Recognizers;

namespace BeltRoad.Stats.Cli.Commands;

/// <summary>
/// <c>beltroad-stats recognize</c>: prints the recognizer's mentions as JSON, for debugging a missed figure and for
/// reproducing the conformance figures. Text comes from --text or standard input; with --json-lines every input
/// line is a JSON string and every output line is the JSON array of that text's mentions.
/// </summary>
internal static class RecognizeCommand
{
    public static Command Create()
    {
        var text = new Option<string?>("--text") { Description = "The text to recognize (default: standard input)." };
        var jsonLines = new Option<bool>("--json-lines")
        {
            Description = "Each input line is a JSON string; each output line is the JSON array of its mentions.",
        };
        var culture = new Option<string?>("--culture") { Description = "zh-Hans, zh-Hant or en (default: detected per text)." };
        culture.AcceptOnlyFromAmong("zh-Hans", "zh-Hant", "en");
        var referenceDate = new Option<string?>("--reference-date")
        {
            Description = "The document date (yyyy-MM-dd) that resolves 10年来, 上半年 and the like.",
        };

        var command = new Command("recognize", "Print the numbers, amounts, percentages and dates found in a text as JSON.")
        {
            text,
            jsonLines,
            culture,
            referenceDate,
        };
        command.SetAction(parse => Run(
            parse.GetValue(text),
            parse.GetValue(jsonLines),
            parse.GetValue(culture),
            parse.GetValue(referenceDate),
            Console.In,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs the command against explicit streams; returns the exit code (0 ok, 2 bad input).</summary>
    internal static int Run(string? text, bool jsonLines, string? cultureCode, string? referenceDate, TextReader input, TextWriter output, TextWriter error)
    {
        RecognitionOptions? options = null;
        if (referenceDate is not null)
        {
            if (!DateOnly.TryParseExact(referenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error.WriteLine($"--reference-date: '{referenceDate}' is not a yyyy-MM-dd date.");
                return 2;
            }

            options = new RecognitionOptions(date);
        }

        RecognizerCulture? fixedCulture = null;
        if (cultureCode is not null)
        {
            if (!RecognizerCultures.TryParse(cultureCode, out var parsed))
            {
                error.WriteLine($"--culture: '{cultureCode}' is not zh-Hans, zh-Hant or en.");
                return 2;
            }

            fixedCulture = parsed;
        }

        if (!jsonLines)
        {
            var all = text ?? input.ReadToEnd();
            output.WriteLine(MentionJson.Serialize(Recognize(all, fixedCulture, options), indented: true));
            return 0;
        }

        var exit = 0;
        var lineNumber = 0;
        foreach (var line in text is not null ? [text] : ReadLines(input))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            string? value;
            try
            {
                value = JsonSerializer.Deserialize(line, JsonLineContext.Default.String);
            }
            catch (JsonException e)
            {
                error.WriteLine($"line {lineNumber}: not a JSON string ({e.Message})");
                output.WriteLine("[]");
                exit = 2;
                continue;
            }

            output.WriteLine(MentionJson.Serialize(Recognize(value ?? string.Empty, fixedCulture, options)));
        }

        return exit;
    }

    private static IReadOnlyList<Mention> Recognize(string text, RecognizerCulture? culture, RecognitionOptions? options) =>
        NumberRecognizer.For(culture ?? RecognizerCultures.Detect(text)).Recognize(text, options);

    private static IEnumerable<string> ReadLines(TextReader input)
    {
        while (input.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}

/// <summary>Reads a JSON-lines input line without reflection, which the natively compiled build does not have.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class JsonLineContext : JsonSerializerContext;
