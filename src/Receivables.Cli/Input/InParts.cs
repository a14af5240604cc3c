using System.Runtime.ExceptionServices;

namespace Receivables.Cli;

/// <summary>Runs the parts of a job on several threads, as one pass over them in order would report them.</summary>
internal static class InParts
{
    /// <summary>
    /// Runs <paramref name="body"/> for parts 0 to <paramref name="count"/> - 1, each on its own thread (a single part
    /// on the calling thread), and returns their results in part order. When parts fail, every part still ends, then
    /// the exception of the earliest failed part is thrown as it was (not wrapped): the error a pass over the parts in
    /// order would have stopped at.
    /// </summary>
    public static T[] Run<T>(int count, Func<int, T> body)
    {
        var results = new T[count];
        var failures = new ExceptionDispatchInfo?[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, p =>
        {
            try
            {
                results[p] = body(p);
            }
            catch (Exception ex)
            {
                // Kept and thrown below: the earliest part's error wins, whatever its type.
                failures[p] = ExceptionDispatchInfo.Capture(ex);
            }
        });

        Array.Find(failures, f => f is not null)?.Throw();
        return results;
    }
}
