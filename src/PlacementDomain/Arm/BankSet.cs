using Placement.Domain.Memory;

namespace Placement.Domain.Arm;

/// <summary>The banks chosen so far, sorted by start; a bank that touches another becomes one with it.</summary>
internal sealed class BankSet
{
    private readonly List<AddressRange> banks = new(DirectMapAllocator.MaxBanks);

    public int Count => banks.Count;

    public IReadOnlyList<AddressRange> Banks => banks;

    public void Add(AddressRange bank)
    {
        var index = FirstAfter(bank.Start);
        if (index > 0 && banks[index - 1].End == bank.Start)
        {
            index--;
            bank = new AddressRange(banks[index].Start, bank.End);
            banks.RemoveAt(index);
        }

        if (index < banks.Count && banks[index].Start == bank.End)
        {
            bank = new AddressRange(bank.Start, banks[index].End);
            banks.RemoveAt(index);
        }

        banks.Insert(index, bank);
    }

    // The index of the first bank that starts after start.
    private int FirstAfter(PhysicalAddress start)
    {
        int low = 0, high = banks.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (banks[middle].Start <= start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
