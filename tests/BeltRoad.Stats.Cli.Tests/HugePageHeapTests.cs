namespace BeltRoad.Stats.Cli.Tests;

public class HugePageHeapTests
{
    private static readonly string[] Maps =
    [
        "55775ecf4000-55775ecf6000 r--p 00000000 fe:00 247629                     /usr/bin/tool",
        "7f0000000000-7f0000400000 rw-p 00000000 00:00 0 ",
        "7f0000400000-7f0100000000 ---p 00000000 00:00 0 ",
        "7f0100000000-7f0100001000 r--p 00000000 fe:00 12                         /usr/lib/libc.so.6",
        "7f0100002000-7f0100003000 rw-p 00000000 00:00 0 ",
        "7f0100003000-7f0100004000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Theory]
    [InlineData(0x7f0000000010UL, 0x7f0000000000UL, 0x7f0100000000UL)] // committed part: the whole reservation around it
    [InlineData(0x7f00ffffffffUL, 0x7f0000000000UL, 0x7f0100000000UL)] // reserved part, last byte
    [InlineData(0x7f0100002000UL, 0x7f0100002000UL, 0x7f0100003000UL)] // a lone mapping: stops at a file and at a named one
    public void The_reserved_range_is_the_run_of_adjacent_anonymous_mappings_holding_the_address(ulong address, ulong start, ulong end)
    {
        Assert.Equal((start, end), HugePageHeap.ReservedRange(Maps, address));
    }

    [Fact]
    public void Lines_of_another_shape_are_passed_over()
    {
        string[] maps = ["garbage", "zz-7f0000001000 rw-p 00000000 00:00 0", "7f0000000000-7f0000400000 rw-p 00000000 00:00 0 ", ""];
        Assert.Equal((0x7f0000000000UL, 0x7f0000400000UL), HugePageHeap.ReservedRange(maps, 0x7f0000000010UL));
    }

    [Theory]
    [InlineData(0x55775ecf5000UL)] // the program's file
    [InlineData(0x7f0100003000UL)] // the stack
    [InlineData(0x7f0100001800UL)] // a hole
    public void An_address_outside_anonymous_memory_has_no_range(ulong address)
    {
        Assert.Null(HugePageHeap.ReservedRange(Maps, address));
    }

    [Fact]
    public void After_the_advice_new_objects_live_in_memory_marked_for_huge_pages()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/sys/kernel/mm/transparent_hugepage/enabled"))
        {
            return; // nothing to advise: the call does nothing there
        }

        Assert.True(HugePageHeap.Advise() > 0);
        var later = new byte[1 << 20];
        var handle = System.Runtime.InteropServices.GCHandle.Alloc(later, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            Assert.Contains(" hg", VmFlags((ulong)handle.AddrOfPinnedObject()), StringComparison.Ordinal);
        }
        finally
        {
            handle.Free();
        }
    }

    /// <summary>The VmFlags line of the /proc/self/smaps entry holding the address.</summary>
    private static string VmFlags(ulong address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (char.IsAsciiHexDigit(line[0]) && line.Split(' ')[0].Split('-') is [var from, var to])
            {
                inside = Convert.ToUInt64(from, 16) <= address && address < Convert.ToUInt64(to, 16);
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new InvalidOperationException($"No mapping holds 0x{address:x}.");
    }
}
