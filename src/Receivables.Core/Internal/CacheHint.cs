using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Receivables.Internal;

/// <summary>Hints that ask the hardware to bring memory into the caches before it is read (decisions 210 and 363).
/// A hint retires at once and never faults, so a stale address (an object the collector has moved since) costs only
/// the hint; without SSE (Arm64) the hints do nothing.</summary>
internal static class CacheHint
{
    /// <summary>Asks for the first <paramref name="lines"/> cache lines (64 bytes each, at most two) of an object, such
    /// as a string about to be read; nothing for null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch(object? value, int lines = 1)
    {
        if (Sse.IsSupported && value is not null)
        {
            var address = (byte*)Unsafe.As<object, nint>(ref value);
            Sse.Prefetch0(address);
            if (lines > 1)
            {
                Sse.Prefetch0(address + 64);
            }
        }
    }

    /// <summary>Asks for the cache lines that hold <paramref name="count"/> elements from <paramref name="first"/> on
    /// (at most four lines).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(ref T first, int count)
    {
        if (Sse.IsSupported)
        {
            var address = (byte*)Unsafe.AsPointer(ref first);
            var end = address + (Math.Min(count, 256 / Unsafe.SizeOf<T>()) * Unsafe.SizeOf<T>());
            for (; address < end; address += 64)
            {
                Sse.Prefetch0(address);
            }
        }
    }
}
