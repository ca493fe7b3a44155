using System.Reflection;
using Placement.Domain.Arm;
using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Migration;
using Placement.Persistence.Domains;

namespace Placement.Persistence.Tests;

/// <summary>Persistence locks, loads and saves: it calls the use cases, never a planner, and knows nothing of HTTP.</summary>
public class PersistenceDependencyTests
{
    private static readonly Assembly Persistence = typeof(PlacementDbContext).Assembly;

    /// <summary>The types that decide; only the use cases (Placement.Domain.UseCases) may call them.</summary>
    private static readonly Type[] Deciders =
    [
        typeof(LayoutPlanner), typeof(ArmPlanner), typeof(Hotplug), typeof(DeviceChecks), typeof(ArmDeviceChecks),
        typeof(MigrationCheck), typeof(MigrationShortlist), typeof(HostFragmentation), typeof(DirectMapAllocator), typeof(InventoryRules),
        typeof(InventoryInUse),
    ];

    [Fact]
    public void PersistenceAssembly_ReferencedAssemblies_NoAspNetCore() =>
        Persistence.GetReferencedAssemblies().Select(a => a.Name ?? "")
            .Where(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ShouldBeEmpty();

    [Fact]
    public void PersistenceMethods_Calls_NoPlanner() =>
        Persistence.GetTypes().SelectMany(MethodsCalledBy).Select(m => m.DeclaringType).Intersect(Deciders).ShouldBeEmpty();

    [Fact]
    public void MethodsCalledBy_StoreThatCallsAUseCase_FindsIt() =>
        Persistence.GetTypes().Where(t => t.FullName!.StartsWith(typeof(DomainStore).FullName!, StringComparison.Ordinal)).SelectMany(MethodsCalledBy)
            .Select(m => m.DeclaringType?.Name).ShouldContain("CreateDomain");

    /// <summary>Every method a type's bodies (lambdas and state machines included, as nested types) call or construct.</summary>
    private static IEnumerable<MethodBase> MethodsCalledBy(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
            for (var i = 0; i + 4 < il.Length; i++)
            {
                // call, callvirt, newobj, each followed by a method token.
                if (il[i] is 0x28 or 0x6F or 0x73 && Resolve(method.Module, BitConverter.ToInt32(il, i + 1)) is { } called)
                {
                    yield return called;
                }
            }
        }
    }

    private static MethodBase? Resolve(Module module, int token)
    {
        try
        {
            return token >> 24 is 0x06 or 0x0A or 0x2B ? module.ResolveMethod(token) : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
