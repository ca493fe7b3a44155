namespace Placement.Api.Http;

/// <summary>The page parameters every listing takes: <c>limit</c> and an opaque <c>cursor</c>.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>
    /// Checks <paramref name="limit"/> and <paramref name="cursor"/>, adding a violation for each that
    /// is wrong; <paramref name="after"/> is the cursor's key (the last key of the previous page), null
    /// on the first page or when the cursor is not one this service returned (its key fails <paramref name="isKey"/>).
    /// </summary>
    public static void Check(int? limit, string? cursor, Func<string, bool> isKey, List<Violation> violations, out string? after)
    {
        if (limit is < 1 or > MaxPageSize)
        {
            violations.Add(new("limit", ErrorCodes.OutOfRange, $"limit must be between 1 and {MaxPageSize}."));
        }

        if (!Cursor.TryDecode(cursor, out after) || (after is not null && !isKey(after)))
        {
            after = null;
            violations.Add(new("cursor", ErrorCodes.InvalidCursor, "cursor is not one this service returned; start again without it."));
        }
    }
}
