namespace Placement.Api.Http;

/// <summary>The stable <c>code</c> of every problem response; clients switch on these.</summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "validation-failed";
    public const string MalformedRequest = "malformed-request";
    public const string DuplicateKey = "duplicate-key";
    public const string BodyRequired = "body-required";
    public const string UnsupportedMediaType = "unsupported-media-type";
    public const string BodyTooLarge = "body-too-large";
    public const string ImportUnreadable = "import-unreadable";
    public const string FormatNotRecognised = "format-not-recognised";
    public const string HostNotFound = "host-not-found";
    public const string PreconditionFailed = "precondition-failed";
    public const string ArchitectureNotSupported = "architecture-not-supported";
    public const string NoHostFits = "no-host-fits";
    public const string ArchitectureMismatch = "request-architecture-mismatch";
    public const string InternalError = "internal-error";
    public const string DatabaseUnavailable = "database-unavailable";
    public const string DatabaseContention = "database-contention";
    public const string RateLimited = "rate-limited";
    public const string Overloaded = "overloaded";
    public const string HostInUse = "host-in-use";
    public const string DomainNotFound = "domain-not-found";
    public const string DomainRefused = "domain-refused";
    public const string RebootRefused = "reboot-refused";
    public const string DeviceRefused = "device-refused";
    public const string DomainNameTaken = "domain-name-taken";
    public const string DomainDestroyed = "domain-destroyed";
    public const string MigrationRefused = "migration-refused";
    public const string DomainMoved = "domain-moved";
    public const string DeviceNotAssigned = "device-not-assigned";
    public const string IdempotencyKeyReused = "idempotency-key-reused";
    public const string PoolHostNotFound = "pool-host-not-found";
    public const string PoolEmpty = "pool-empty";
    public const string Unauthenticated = "unauthenticated";
    public const string Forbidden = "forbidden";

    // Field-level codes of a validation problem's violations.
    public const string Required = "required";
    public const string InvalidValue = "invalid-value";
    public const string OutOfRange = "out-of-range";
    public const string TooMany = "too-many";
    public const string NotAllowed = "not-allowed";
    public const string InvalidHostName = "invalid-host-name";
    public const string InvalidLabel = "invalid-label";
    public const string InvalidCursor = "invalid-cursor";
    public const string InvalidEntityTag = "invalid-entity-tag";
    public const string InvalidIdempotencyKey = "invalid-idempotency-key";
    public const string InvalidDomainId = "invalid-domain-id";
    public const string InvalidPciAddress = "invalid-pci-address";
    public const string InvalidPciId = "invalid-pci-id";
    public const string InvalidClassCode = "invalid-class-code";
    public const string InvalidImportFormat = "invalid-import-format";
    public const string X86Only = "x86-only";
    public const string DirectMapOnly = "direct-map-only";
}
