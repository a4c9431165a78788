package jp.kyodo.funding.ui.internal;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import jp.kyodo.web.Ui;

/**
 * One file received in memory, at most a limit (one byte more is read to tell a file too large), then handed
 * to the page inside the UI — where the service is called as the signed-in user — and the upload's list
 * emptied so that another file can be chosen.
 */
final class Uploads implements UploadHandler {

    private static final long serialVersionUID = 1L;

    private final Upload upload;
    private final int maxBytes;
    private final String tooLarge;
    private final transient BiConsumer<String, byte[]> received;

    private Uploads(Upload upload, int maxBytes, String tooLarge, BiConsumer<String, byte[]> received) {
        this.upload = upload;
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.received = received;
    }

    /** Makes the upload take one file of at most {@code maxBytes} and give it (name, bytes) to the page. */
    static void inMemory(Upload upload, int maxBytes, String tooLarge, BiConsumer<String, byte[]> received) {
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setUploadHandler(new Uploads(upload, maxBytes, tooLarge, received));
        upload.addFileRejectedListener(e -> Ui.error(e.getErrorMessage()));
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        String name = event.getFileName();
        UI ui = event.getUI();
        ui.access(() -> {
            upload.clearFileList();
            if (bytes.length > maxBytes) {
                Ui.error(tooLarge);
                return;
            }
            received.accept(name, bytes);
        });
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
