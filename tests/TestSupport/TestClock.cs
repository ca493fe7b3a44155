using Microsoft.Extensions.Time.Testing;

namespace Placement.TestSupport;

/// <summary>The time of every test: a clock that stands still at <see cref="Start"/> until a test advances it.</summary>
public static class TestClock
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Create() => new(Start);
}
