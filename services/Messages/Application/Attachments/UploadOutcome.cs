namespace ChatPlatform.Messages.Application.Attachments;

public enum UploadOutcome
{
    Complete,

    /// <summary>The content went past the limit; reading stopped there.</summary>
    TooLarge,

    /// <summary>The first bytes are not what the declared image type starts with; reading stopped there.</summary>
    SignatureMismatch,
}
