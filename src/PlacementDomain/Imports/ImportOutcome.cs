namespace Placement.Domain.Imports;

/// <summary>What reading a file came to: the partial inventory, or why it cannot be read.</summary>
public abstract record ImportOutcome;

/// <summary>The file was read; <see cref="PartialInventory.Warnings"/> lists what was skipped.</summary>
public sealed record Imported(PartialInventory Inventory) : ImportOutcome;

/// <summary>The file cannot be read; nothing of it is returned.</summary>
public sealed record Unreadable(ImportFailure Failure) : ImportOutcome;
