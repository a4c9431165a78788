package jp.kyodo.funding;

/** An attachment with its bytes, for download. */
public record AttachmentContent(AttachmentInfo info, byte[] content) {

    public AttachmentContent {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
