using Placement.Domain.Imports;
using Placement.Domain.Layout;

namespace Placement.Domain.XlConfig;

/// <summary>
/// What an xl.cfg asks for, as the service's x86 request, with <see cref="Name"/> (xl's name,
/// null when not set) and notes: settings the request does not carry, values xl would refuse or
/// ignore, and where current xl differs from its documentation. Each note has its 1-based line.
/// </summary>
public sealed record XlImport(string? Name, X86Request Request, IReadOnlyList<ImportWarning> Notes);

/// <summary>What reading an xl.cfg came to: the request, or why xl cannot read the file.</summary>
public abstract record XlImportOutcome;

/// <summary>xl reads the file; the import has the request and its notes.</summary>
public sealed record XlImported(XlImport Import) : XlImportOutcome;

/// <summary>A lexical or syntax error: xl refuses the whole file. The failure has the line and what was expected there.</summary>
public sealed record XlUnreadable(ImportFailure Failure) : XlImportOutcome;
