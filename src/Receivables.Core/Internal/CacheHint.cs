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

    /// <summary>Asks for the cache line that holds <paramref name="location"/> (an element of an array or of stack
    /// memory).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }
}
