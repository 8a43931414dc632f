using System.Runtime.CompilerServices;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A cache entry stores every domain enum as the int it is. Checked both ways, so a future enum of another size fails
/// here rather than being written or read as garbage.
/// </summary>
internal static class IntEnum
{
    public static int ToInt<T>(T value)
        where T : struct, Enum =>
        Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<T, int>(ref value) : throw NotInt<T>();

    public static T FromInt<T>(int number)
        where T : struct, Enum =>
        Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<int, T>(ref number) : throw NotInt<T>();

    private static NotSupportedException NotInt<T>() => new($"{typeof(T).Name} is not an int enum");
}
