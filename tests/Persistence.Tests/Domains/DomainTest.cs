using Placement.Domain.Inventory;
using Placement.Domain.Layout;
using Placement.Domain.Pci;
using Placement.Domain.UseCases;
using Placement.Persistence.Domains;
using Placement.Persistence.Hosts;

namespace Placement.Persistence.Tests.Domains;

/// <summary>A fresh database with host xen-1 (devices 0000:03:0N.0; the first has an RMRR), and stores on contexts of their own.</summary>
public abstract class DomainTest : DatabaseTest
{
    protected static readonly HostName Host = HostName.Parse("xen-1");

    protected static PciAddress Device(int index) => new(0, 3, index, 0);

    protected Task SaveHostAsync(int devices = 4) => WithStoreAsync(s => s.SaveAsync(Host, Inventory(devices), HostPrecondition.None, default));

    protected async Task<T> WithDomainsAsync<T>(Func<DomainStore, Task<T>> use)
    {
        await using var db = Database.NewContext();
        return await use(new DomainStore(db, Clock));
    }

    protected async Task<T> ReadAsync<T>(Func<DomainReader, Task<T>> use)
    {
        await using var db = Database.NewContext();
        return await use(new DomainReader(db));
    }

    protected async Task<CreateOutcome> CreateAsync(string name, X86Request request) =>
        ((Keyed<CreateOutcome>.Answered)await WithDomainsAsync(s => s.CreateAsync(Host, name, request, key: null, default))).Outcome;

    protected static X86Request Request(params PciAddress[] devices) => new(1024, devices.Select(d => new DeviceRequest(d)).ToList());
}
