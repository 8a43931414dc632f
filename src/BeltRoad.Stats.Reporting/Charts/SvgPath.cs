using System.Globalization;
using System.Text.RegularExpressions;
using BeltRoad.Stats.Pdf;

namespace BeltRoad.Stats.Reporting.Charts;

/// <summary>
/// An SVG path's data (M, L, H, V, C, Q, Z, absolute or relative: what Skia's SVG canvas writes) replayed as PDF path
/// operators through a mapping to page points. Arcs and anything else throw: a chart must never lose a line silently.
/// </summary>
internal static partial class SvgPath
{
    public static void Add(PdfCanvas canvas, string data, Func<double, double, (double X, double Y)> map)
    {
        var tokens = Tokens().Matches(data).Select(m => m.Value).ToList();
        var (x, y, startX, startY) = (0.0, 0.0, 0.0, 0.0);
        var command = ' ';
        for (var i = 0; i < tokens.Count;)
        {
            if (char.IsLetter(tokens[i][0]))
            {
                command = tokens[i++][0];
                if (command is 'Z' or 'z')
                {
                    canvas.ClosePath();
                    (x, y) = (startX, startY);
                    continue;
                }
            }

            var relative = char.IsLower(command);
            double Next() => double.Parse(tokens[i++], CultureInfo.InvariantCulture);
            (double, double) Point() { var px = Next(); var py = Next(); return relative ? (x + px, y + py) : (px, py); }
            switch (char.ToUpperInvariant(command))
            {
                case 'M':
                    (x, y) = Point();
                    (startX, startY) = (x, y);
                    Move(canvas, map, x, y);
                    command = relative ? 'l' : 'L'; // further pairs are lines
                    break;
                case 'L':
                    (x, y) = Point();
                    Line(canvas, map, x, y);
                    break;
                case 'H':
                    x = relative ? x + Next() : Next();
                    Line(canvas, map, x, y);
                    break;
                case 'V':
                    y = relative ? y + Next() : Next();
                    Line(canvas, map, x, y);
                    break;
                case 'C':
                    var c1 = Point();
                    var c2 = Point();
                    var end = Point();
                    Curve(canvas, map, c1, c2, end);
                    (x, y) = end;
                    break;
                case 'Q':
                    var q = Point();
                    var to = Point();
                    // A quadratic curve as the cubic that draws it: control points two thirds of the way to its one.
                    Curve(canvas, map, (x + (2.0 / 3 * (q.Item1 - x)), y + (2.0 / 3 * (q.Item2 - y))), (to.Item1 + (2.0 / 3 * (q.Item1 - to.Item1)), to.Item2 + (2.0 / 3 * (q.Item2 - to.Item2))), to);
                    (x, y) = to;
                    break;
                default:
                    throw new InvalidDataException($"SVG path command '{command}' is not one a chart is drawn with (path \"{Cut(data)}\").");
            }
        }
    }

    private static void Move(PdfCanvas canvas, Func<double, double, (double X, double Y)> map, double x, double y)
    {
        var p = map(x, y);
        canvas.MoveTo(p.X, p.Y);
    }

    private static void Line(PdfCanvas canvas, Func<double, double, (double X, double Y)> map, double x, double y)
    {
        var p = map(x, y);
        canvas.LineTo(p.X, p.Y);
    }

    private static void Curve(PdfCanvas canvas, Func<double, double, (double X, double Y)> map, (double, double) c1, (double, double) c2, (double, double) end)
    {
        var a = map(c1.Item1, c1.Item2);
        var b = map(c2.Item1, c2.Item2);
        var e = map(end.Item1, end.Item2);
        canvas.CurveTo(a.X, a.Y, b.X, b.Y, e.X, e.Y);
    }

    private static string Cut(string data) => data.Length <= 60 ? data : data[..60] + "…";

    [GeneratedRegex(@"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")]
    private static partial Regex Tokens();
}
