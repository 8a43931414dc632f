using System.Text.Json;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Walks a facts.json in chunks with a <see cref="Utf8JsonReader"/> and hands over the members of its <c>facts</c> array
/// one at a time, so reading a previous run's facts costs one fact's tree, not the file's. The documents and findings
/// are read past token by token, never held. The schema must come before the facts (the writer puts it first).
/// </summary>
/// <param name="firstChunk">The first buffer's size; it doubles while one fact does not fit.</param>
internal sealed class FactsJsonStream(Stream input, int firstChunk)
{
    private byte[] _buffer = new byte[firstChunk];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private string? _property;
    private string? _schema;
    private bool _inFacts;
    private bool _sawFacts;

    /// <summary>The next member of <c>facts</c>, or null after the last; the caller disposes it.</summary>
    /// <exception cref="FormatException">The JSON is not a facts.json of this schema version.</exception>
    public JsonDocument? Next()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            var fact = Scan(ref reader);
            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (fact is not null)
            {
                return fact;
            }

            if (_final)
            {
                return _sawFacts ? null : throw Refused();
            }

            Refill();
        }
    }

    // Reads tokens until a whole fact is in the buffer (returned) or the buffer runs out (null, reader left before the
    // unfinished token or fact).
    private JsonDocument? Scan(ref Utf8JsonReader reader)
    {
        while (true)
        {
            var before = reader;
            if (!reader.Read())
            {
                return null;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when _inFacts && reader.CurrentDepth == 2:
                    var probe = reader;
                    if (!probe.TrySkip())
                    {
                        reader = before;
                        return null;
                    }

                    return JsonDocument.ParseValue(ref reader);
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    _property = reader.GetString();
                    break;
                case JsonTokenType.String when reader.CurrentDepth == 1 && _property == "schema":
                    _schema = reader.GetString();
                    break;
                case JsonTokenType.StartArray when reader.CurrentDepth == 1 && _property == "facts":
                    _inFacts = _schema == FactsJsonWriter.Schema ? true : throw Refused();
                    _sawFacts = true;
                    break;
                case JsonTokenType.EndArray when reader.CurrentDepth == 1:
                    _inFacts = false;
                    break;
                case not (JsonTokenType.StartObject or JsonTokenType.EndObject) when reader.CurrentDepth == 0:
                    throw Refused();
                default:
                    break;
            }
        }
    }

    private void Refill()
    {
        var left = _end - _start;
        if (left == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else
        {
            _buffer.AsSpan(_start, left).CopyTo(_buffer);
        }

        _start = 0;
        _end = left;
        var read = input.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _final = read == 0;
    }

    private FormatException Refused() =>
        new($"Expected a '{FactsJsonWriter.Schema}' document with facts, found schema '{_schema ?? "(none)"}'.");
}
