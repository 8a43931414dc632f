using System.Text;

namespace BeltRoad.Stats.Pdf.Color;

/// <summary>
/// A minimal ICC v2 display profile for sRGB (IEC 61966-2-1), built from the published parameters rather than copied:
/// the primaries' and D65's chromaticities, adapted to the D50 connection space by the Bradford transform, and the sRGB
/// tone curve (linear below 0.04045, else ((v + 0.055) / 1.055)^2.4) sampled at 1024 points. What a PDF/A output intent
/// embeds for DeviceRGB.
/// </summary>
internal static class SrgbProfile
{
    public const string Description = "sRGB IEC61966-2.1";

    private const int CurvePoints = 1024;

    private static readonly double[] D50 = [0.9642, 1.0, 0.8249];

    private static readonly double[][] Bradford = [[0.8951, 0.2664, -0.1614], [-0.7502, 1.7135, 0.0367], [0.0389, -0.0685, 1.0296]];

    private static readonly Lazy<byte[]> Bytes = new(Build);

    public static ReadOnlySpan<byte> Data => Bytes.Value;

    /// <summary>The red, green and blue colorants in D50 XYZ (columns of the RGB → XYZ matrix).</summary>
    internal static double[][] Colorants()
    {
        double[] red = Xyz(0.64, 0.33), green = Xyz(0.30, 0.60), blue = Xyz(0.15, 0.06), white = Xyz(0.3127, 0.3290);
        double[][] primaries = [[red[0], green[0], blue[0]], [red[1], green[1], blue[1]], [red[2], green[2], blue[2]]];
        var scale = Multiply(Invert(primaries), white);
        var cone65 = Multiply(Bradford, white);
        var cone50 = Multiply(Bradford, D50);
        var adapt = MatrixProduct(Invert(Bradford), MatrixProduct(Diagonal([cone50[0] / cone65[0], cone50[1] / cone65[1], cone50[2] / cone65[2]]), Bradford));
        return [.. Enumerable.Range(0, 3).Select(c => Multiply(adapt, [primaries[0][c] * scale[c], primaries[1][c] * scale[c], primaries[2][c] * scale[c]]))];
    }

    private static byte[] Build()
    {
        var colorants = Colorants();
        var tags = new List<(string Signature, byte[] Data)>
        {
            ("desc", TextDescription(Description)),
            ("cprt", Text("No copyright, use freely")),
            ("wtpt", Xyz(D50)),
            ("rXYZ", Xyz(colorants[0])),
            ("gXYZ", Xyz(colorants[1])),
            ("bXYZ", Xyz(colorants[2])),
            ("rTRC", Curve()),
        };
        var tableSize = 4 + ((tags.Count + 2) * 12);
        var data = new List<byte>();
        var entries = new List<(string, int, int)>();
        var offset = 128 + tableSize;
        foreach (var (signature, bytes) in tags)
        {
            entries.Add((signature, offset + data.Count, bytes.Length));
            data.AddRange(bytes);
            while (data.Count % 4 != 0)
            {
                data.Add(0);
            }
        }

        // The three channels share one tone curve.
        var curve = entries[^1];
        entries.Add(("gTRC", curve.Item2, curve.Item3));
        entries.Add(("bTRC", curve.Item2, curve.Item3));

        var profile = new List<byte>();
        var size = offset + data.Count;
        U32(profile, (uint)size);
        U32(profile, 0); // preferred CMM
        U32(profile, 0x02100000); // version 2.1
        profile.AddRange("mntrRGB XYZ "u8.ToArray());
        foreach (var part in new ushort[] { 2024, 1, 1, 0, 0, 0 })
        {
            U16(profile, part); // creation date: fixed, so the bytes never change
        }

        profile.AddRange("acsp"u8.ToArray());
        profile.AddRange(new byte[28]); // platform, flags, manufacturer, model, attributes, rendering intent (perceptual)
        foreach (var v in D50)
        {
            S15Fixed16(profile, v);
        }

        profile.AddRange(new byte[128 - profile.Count]); // creator, profile id, reserved
        U32(profile, (uint)entries.Count);
        foreach (var (signature, at, length) in entries)
        {
            profile.AddRange(Encoding.ASCII.GetBytes(signature));
            U32(profile, (uint)at);
            U32(profile, (uint)length);
        }

        profile.AddRange(data);
        return [.. profile];
    }

    private static byte[] TextDescription(string text)
    {
        var b = new List<byte>();
        b.AddRange("desc"u8.ToArray());
        U32(b, 0);
        U32(b, (uint)text.Length + 1);
        b.AddRange(Encoding.ASCII.GetBytes(text));
        b.Add(0);
        U32(b, 0); // Unicode language code
        U32(b, 0); // Unicode count
        U16(b, 0); // ScriptCode code
        b.Add(0); // ScriptCode count
        b.AddRange(new byte[67]);
        return [.. b];
    }

    private static byte[] Text(string text)
    {
        var b = new List<byte>();
        b.AddRange("text"u8.ToArray());
        U32(b, 0);
        b.AddRange(Encoding.ASCII.GetBytes(text));
        b.Add(0);
        return [.. b];
    }

    private static byte[] Xyz(double[] xyz)
    {
        var b = new List<byte>();
        b.AddRange("XYZ "u8.ToArray());
        U32(b, 0);
        foreach (var v in xyz)
        {
            S15Fixed16(b, v);
        }

        return [.. b];
    }

    private static byte[] Curve()
    {
        var b = new List<byte>();
        b.AddRange("curv"u8.ToArray());
        U32(b, 0);
        U32(b, CurvePoints);
        for (var i = 0; i < CurvePoints; i++)
        {
            var v = i / (double)(CurvePoints - 1);
            var linear = v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            U16(b, (ushort)Math.Round(linear * 65535));
        }

        return [.. b];
    }

    private static double[] Xyz(double x, double y) => [x / y, 1, (1 - x - y) / y];

    private static double[][] Diagonal(double[] d) => [[d[0], 0, 0], [0, d[1], 0], [0, 0, d[2]]];

    private static double[] Multiply(double[][] m, double[] v) =>
        [.. m.Select(row => (row[0] * v[0]) + (row[1] * v[1]) + (row[2] * v[2]))];

    private static double[][] MatrixProduct(double[][] a, double[][] b) =>
        [.. a.Select(row => Enumerable.Range(0, 3).Select(c => (row[0] * b[0][c]) + (row[1] * b[1][c]) + (row[2] * b[2][c])).ToArray())];

    private static double[][] Invert(double[][] m)
    {
        double a = m[0][0], b = m[0][1], c = m[0][2], d = m[1][0], e = m[1][1], f = m[1][2], g = m[2][0], h = m[2][1], k = m[2][2];
        var det = (a * ((e * k) - (f * h))) - (b * ((d * k) - (f * g))) + (c * ((d * h) - (e * g)));
        return
        [
            [((e * k) - (f * h)) / det, ((c * h) - (b * k)) / det, ((b * f) - (c * e)) / det],
            [((f * g) - (d * k)) / det, ((a * k) - (c * g)) / det, ((c * d) - (a * f)) / det],
            [((d * h) - (e * g)) / det, ((b * g) - (a * h)) / det, ((a * e) - (b * d)) / det],
        ];
    }

    private static void S15Fixed16(List<byte> b, double v) => U32(b, unchecked((uint)(int)Math.Round(v * 65536)));

    private static void U32(List<byte> b, uint v) => b.AddRange([(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v]);

    private static void U16(List<byte> b, ushort v) => b.AddRange([(byte)(v >> 8), (byte)v]);
}
