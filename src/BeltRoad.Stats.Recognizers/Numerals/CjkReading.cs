namespace BeltRoad.Stats.Recognizers.Numerals;

/// <summary>What the last part of a Chinese numeral was.</summary>
internal enum NumeralAtom
{
    None,
    Arabic,
    Digit,
    Zero,
    Scale,
    Infix,
}

/// <summary>What one read step tells the numeral loop.</summary>
internal enum ReadStep
{
    /// <summary>The character belonged to the numeral; read on.</summary>
    Next,

    /// <summary>The numeral ended before this character.</summary>
    Stop,

    /// <summary>A second number starts here; the numeral so far is <see cref="CjkReading.Split"/>.</summary>
    Split,

    /// <summary>No numeral at all (a lone scale where none is allowed).</summary>
    Fail,
}

/// <summary>
/// The running state of <see cref="CjkNumeralParser"/> over one numeral: a total of finished big-scale groups, the
/// section under the current big scale, and the pending digits not yet multiplied. A struct passed by reference, so
/// a parse allocates nothing.
/// </summary>
internal struct CjkReading
{
    public int Start;
    public bool Negative;
    public int Next;
    public int End;
    public decimal Total;
    public decimal Section;
    public decimal? Pending;
    public long LastBig;
    public long LastScale;
    public long LastSmallInSection;
    public bool ZeroSeen;
    public bool ZeroBeforePending;
    public NumeralAtom Atom;
    public NumeralAtom AtomBeforePending;
    public decimal DigitString;
    public int DigitCount;
    public bool BadDigitString;
    public NumeralFlags Flags;
    public int ArabicDigits;
    public bool FractionDone;

    /// <summary>The numeral as it stood before the last space, in case what follows the space is a new number.</summary>
    public int SnapshotEnd;
    public decimal SnapshotValue;
    public NumeralFlags SnapshotFlags;
    public bool DigitsSinceSpace;

    /// <summary>The numeral as it stood before the current run of digits (1万1万 splits there).</summary>
    public int EndBeforeDigits;
    public decimal ValueBeforeDigits;

    public Numeral Split;

    public CjkReading(int start, bool negative, bool plus)
    {
        Start = start;
        Negative = negative;
        Next = End = EndBeforeDigits = negative || plus ? start + 1 : start;
        SnapshotEnd = -1;
    }

    /// <summary>A new run of digits begins: remember what came before it.</summary>
    public void BeginDigits()
    {
        EndBeforeDigits = End;
        ValueBeforeDigits = Total + Section;
        AtomBeforePending = Atom;
        ZeroBeforePending = ZeroSeen;
    }

    /// <summary>The part just read ends at <paramref name="end"/>.</summary>
    public void Took(NumeralAtom atom, int end)
    {
        Atom = atom;
        Next = End = end;
    }

    public readonly Numeral Signed(int end, decimal value, NumeralFlags flags) => new(Start, end, Negative ? -value : value, flags, ArabicDigits);
}
