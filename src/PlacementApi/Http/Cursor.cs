using System.Buffers.Text;
using System.Text;

namespace Placement.Api.Http;

/// <summary>An opaque page cursor: the sort key of the last item of the previous page.</summary>
public static class Cursor
{
    public static string? Encode(string? lastKey) => lastKey is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastKey));

    public static bool TryDecode(string? cursor, out string? lastKey)
    {
        lastKey = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(cursor.Length)];
        if (Base64Url.DecodeFromChars(cursor, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        lastKey = Encoding.UTF8.GetString(bytes, 0, written);
        return true;
    }
}
