using System.Security.Claims;
using ChatPlatform.Messages.Apis.Dtos;
using ChatPlatform.Messages.Application.Attachments;
using ChatPlatform.Messages.Infrastructure;
using ChatPlatform.Messages.Rules;
using ChatPlatform.ServiceDefaults.Auth;
using ChatPlatform.ServiceDefaults.Idempotency;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace ChatPlatform.Messages.Apis;

public static class AttachmentsApi
{
    public static RouteGroupBuilder MapAttachmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat").RequireAuthorization().WithTags("Attachments");

        // The body is read as a stream here (never bound, never buffered), so only the size limit needs raising.
        api.MapPost("/sessions/{id:guid}/attachments", Upload)
            .WithName("UploadAttachment")
            .WithSummary("Upload a file to a session (multipart/form-data, one part named file, at most 100 MiB)")
            .WithMetadata(new RequestSizeLimitAttribute(AttachmentLimits.MaxRequestBytes))
            .WithFormOptions(bufferBody: false, multipartBodyLengthLimit: AttachmentLimits.MaxRequestBytes)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(AttachmentsOpenApi.DescribeUploadAsync);
        api.MapGet("/attachments/{id:guid}", Download)
            .WithName("DownloadAttachment")
            .WithSummary("Download an attachment (participants of its session; supports Range)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(AttachmentsOpenApi.DescribeDownloadAsync);

        return api;
    }

    public static async Task<Results<Created<AttachmentResponse>, ValidationProblem, ProblemHttpResult>> Upload(
        Guid id,
        [FromHeader(Name = IdempotencyKeyHeader.Name)] string? idempotencyKey,
        ClaimsPrincipal user,
        HttpRequest http,
        [AsParameters] AttachmentsServices services,
        CancellationToken cancellationToken)
    {
        if (!IdempotencyKeyHeader.IsValid(idempotencyKey, AttachmentLimits.IdempotencyKeyMaxLength))
        {
            return Problem.Validation(IdempotencyKeyHeader.Name, $"Idempotency-Key must be 1 to {AttachmentLimits.IdempotencyKeyMaxLength} characters.");
        }
        var userId = user.UserId();
        var (access, refusal) = await services.Access.GuardAsync(id, user, http, adminsMayRead: false, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        if (access.Closed)
        {
            return Problem.Conflict("The chat session is closed.", ErrorCodes.SessionClosed);
        }
        if (idempotencyKey is not null && await services.Uploader.FindByKeyAsync(id, userId, idempotencyKey, cancellationToken) is { } earlier)
        {
            return Created(earlier);
        }
        if (MultipartUpload.BoundaryOf(http.ContentType) is not { } boundary)
        {
            return Problem.Validation("file", "Send multipart/form-data with one part named file.");
        }

        try
        {
            var part = await MultipartUpload.FindFileAsync(new MultipartReader(boundary, http.Body), cancellationToken);
            if (part is null)
            {
                return Problem.Validation("file", "The form has no part named file.");
            }
            if (AttachmentContentTypes.Normalise(part.DeclaredContentType) is not { } contentType || !AttachmentContentTypes.IsAllowed(contentType))
            {
                return Problem.Validation("file", $"Files of type '{part.DeclaredContentType}' cannot be attached.");
            }
            var upload = new UploadRequest(id, userId, AttachmentFileName.Clean(part.DeclaredFileName), contentType, idempotencyKey);
            var result = await services.Uploader.StoreAsync(upload, part.Section.Body, cancellationToken);
            if (result.Outcome != UploadOutcome.Complete)
            {
                await DrainAsync(http.Body, cancellationToken);
            }
            return result.Outcome switch
            {
                UploadOutcome.Complete => Created(result.Attachment!),
                UploadOutcome.TooLarge => TooLarge(),
                _ => Problem.Validation("file", $"The content is not a valid {contentType} file."),
            };
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException
            || (exception is IOException or OperationCanceledException && http.HttpContext.RequestAborted.IsCancellationRequested))
        {
            // A client that went away mid-upload gets this too (nobody reads it); the store has removed the partial file.
            return Problem.Validation("file", "The multipart body is malformed or ended early.");
        }
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        Guid id,
        ClaimsPrincipal user,
        HttpContext http,
        [AsParameters] AttachmentsServices services,
        CancellationToken cancellationToken)
    {
        var attachment = await services.Db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (attachment is null)
        {
            return Problem.NotFound("The attachment does not exist.");
        }
        var guarded = await services.Access.GuardAsync(attachment.ChatSessionId, user, http.Request, adminsMayRead: true, cancellationToken,
            notFoundDetail: "The attachment does not exist.");
        if (guarded.Refusal is { } refusal)
        {
            return refusal;
        }
        var content = await services.Store.OpenReadAsync(id, cancellationToken);
        if (content is null)
        {
            services.Logger.LogError("The content of attachment {AttachmentId} is missing from the store", id);
            return Problem.NotFound("The attachment's content is not available.");
        }
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private";
        return TypedResults.Stream(content, attachment.ContentType, attachment.FileName, attachment.CreatedAt,
            new EntityTagHeaderValue($"\"{attachment.Sha256}\""), enableRangeProcessing: true);
    }

    /// <summary>
    /// Reads a refused upload to its end (up to the endpoint's limit) before answering: most HTTP/1.1 clients
    /// only read a response once they have sent their whole body, and would otherwise see a reset instead of the problem.
    /// </summary>
    private static async Task DrainAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (await body.ReadAsync(buffer, cancellationToken) > 0)
            {
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Created<AttachmentResponse> Created(Model.Attachment attachment) =>
        TypedResults.Created(AttachmentMapping.DownloadPath(attachment.Id), AttachmentResponse.From(attachment));

    private static ProblemHttpResult TooLarge() =>
        Problem.Of(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
            $"An attachment may hold at most {AttachmentLimits.MaxFileBytes} bytes.", "Payload Too Large");
}
