namespace Placement.Domain.Imports.Host;

/// <summary>What reading one of a host's own text files (<c>/proc/meminfo</c>, <c>xl info</c>, <c>/proc/cpuinfo</c>) came to.</summary>
public abstract record HostFileReading<T>
{
    /// <summary>Runs <paramref name="read"/>, turning a thrown <see cref="UnreadableInputException"/> into <see cref="HostFileUnreadable{T}"/>.</summary>
    internal static HostFileReading<T> Run(Func<T> read)
    {
        try
        {
            return new HostFileRead<T>(read());
        }
        catch (UnreadableInputException e)
        {
            return new HostFileUnreadable<T>(e.Failure);
        }
    }
}

/// <summary>The file was read.</summary>
public sealed record HostFileRead<T>(T Value) : HostFileReading<T>;

/// <summary>The file cannot be read: where and what was expected.</summary>
public sealed record HostFileUnreadable<T>(ImportFailure Failure) : HostFileReading<T>;
