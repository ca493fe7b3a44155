using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Placement.Persistence.Hosts;

/// <summary>
/// A jsonb column holding an object in the host document's JSON (camelCase, numbers as numbers), so
/// that the document and the column agree and <see cref="HostDocument.AssembleSql"/> can copy it.
/// </summary>
internal static class JsonColumn
{
    public static ValueConverter<T, string> Converter<T>() =>
        new(value => HostDocument.WriteJson(value), json => HostDocument.ReadJson<T>(json));

    /// <summary>Equal when their JSON is: the objects are never changed in place, but EF Core must be able to tell.</summary>
    public static ValueComparer<T> Comparer<T>() =>
        new((a, b) => HostDocument.WriteJson(a) == HostDocument.WriteJson(b), value => HashOf(value), value => Copy(value));

    public static int HashOf<T>(T value) => HostDocument.WriteJson(value).GetHashCode(StringComparison.Ordinal);

    public static T Copy<T>(T value) => value is null ? value : HostDocument.ReadJson<T>(HostDocument.WriteJson(value));
}
