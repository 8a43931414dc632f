using System.Buffers.Text;

namespace BeltRoad.Stats.Reporting.Html;

/// <summary>Bytes as base64 text (UTF-8) into a stream a piece at a time, never as one string of the whole.</summary>
internal static class Base64Text
{
    // A multiple of 3: every piece but the last encodes without padding, so the pieces join into one base64 text.
    private const int Piece = 48 * 1024;

    public static void Write(ReadOnlySpan<byte> bytes, Stream output)
    {
        var text = new byte[Base64.GetMaxEncodedToUtf8Length(Piece)];
        for (var at = 0; at < bytes.Length; at += Piece)
        {
            var piece = bytes.Slice(at, Math.Min(Piece, bytes.Length - at));
            Base64.EncodeToUtf8(piece, text, out _, out var written);
            output.Write(text, 0, written);
        }
    }
}
