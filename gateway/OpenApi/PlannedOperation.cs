namespace ChatPlatform.Gateway.OpenApi;

/// <summary>
/// One operation of SPEC.md section 3 as the contract states it. Body fields are written
/// <c>name</c> (a string) or <c>name:type</c>, type being an OpenAPI type or <c>uuid</c>/<c>binary</c>.
/// The tag defaults to the service's name.
/// </summary>
public sealed record PlannedOperation(
    string Service,
    string Method,
    string Path,
    string Summary,
    int Status = 200,
    string[]? Query = null,
    string[]? Body = null,
    bool Anonymous = false,
    string BodyContentType = "application/json",
    string? Tag = null);
