using System.Xml.Linq;
using Placement.Domain.Inventory;

namespace Placement.Domain.Tests.Architecture;

/// <summary>The domain stays pure: framework only, no packages, no other projects.</summary>
public class DomainDependencyTests
{
    [Fact]
    public void DomainAssembly_ReferencedAssemblies_AreFrameworkOnly()
    {
        var names = typeof(HostInventory).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        names.ShouldNotBeEmpty();
        names.Where(n => !IsFramework(n)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("System.Runtime", true)]
    [InlineData("System", true)]
    [InlineData("netstandard", true)]
    [InlineData("Microsoft.Win32.Primitives", true)]
    [InlineData("Placement.Persistence", false)]
    [InlineData("Microsoft.EntityFrameworkCore", false)]
    [InlineData("SystemX", false)]
    public void IsFramework_AssemblyName_OnlyFrameworkNames(string name, bool expected) =>
        IsFramework(name).ShouldBe(expected);

    [Fact]
    public void DomainProjectFile_HasNoPackageOrProjectReference()
    {
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "PlacementDomain", "PlacementDomain.csproj"));
        project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "Reference")
            .Select(e => e.ToString())
            .ShouldBeEmpty();
    }

    private static bool IsFramework(string name) =>
        name is "System" or "netstandard" or "mscorlib"
        || name.StartsWith("System.", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal);
}
