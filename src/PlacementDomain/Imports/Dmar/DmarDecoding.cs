namespace Placement.Domain.Imports;

/// <summary>What <see cref="DmarTable.Decode"/> came to: the table, or why its structure cannot be read.</summary>
public abstract record DmarDecoding;

/// <summary>The table's structure was read; nothing is judged yet (see <see cref="DmarTable.Read"/>).</summary>
public sealed record DecodedDmar(DmarTable Table) : DmarDecoding;

/// <summary>The bytes are not a well-formed DMAR table; <see cref="ImportFailure.Offset"/> says where.</summary>
public sealed record UndecodableDmar(ImportFailure Failure) : DmarDecoding;
