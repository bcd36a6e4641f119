package steward.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Uploaded files, kept in the database in pieces of 1 MiB ({@code import_chunk}): any replica can check or write an
 * import, none holds a file whole in memory, and a file is counted as it arrives, so that one over the limit is
 * refused before it is read whole.
 */
@ApplicationScoped
class ImportFiles {

    static final int CHUNK = 1 << 20;

    /** The upload was larger than the limit; nothing of it is kept. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("file over the limit", null, false, false);
        }
    }

    /** Stores the body in the job's chunks; returns its size. Throws {@link TooLarge} past {@code limit} bytes. */
    @Transactional(Transactional.TxType.MANDATORY)
    long store(long jobId, InputStream body, long limit) throws IOException {
        var em = Panache.getEntityManager();
        long size = 0;
        int seq = 0;
        byte[] buffer = new byte[CHUNK];
        while (true) {
            int read = body.readNBytes(buffer, 0, CHUNK);
            if (read <= 0) {
                break;
            }
            size += read;
            if (size > limit) {
                throw new TooLarge();
            }
            byte[] data = read == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, read);
            em.createNativeQuery("insert into import_chunk (job_id, seq, data) values (?1, ?2, ?3)")
                    .setParameter(1, jobId).setParameter(2, seq++).setParameter(3, data).executeUpdate();
            if (read < CHUNK) {
                break;
            }
        }
        return size;
    }

    /** Writes the job's file to a temporary file of this replica, a chunk at a time; the caller deletes it. */
    Path spool(long jobId) throws IOException {
        Path file = Files.createTempFile("steward-import-" + jobId + "-", ".upload");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int seq = 0;; seq++) {
                byte[] data = chunk(jobId, seq);
                if (data == null) {
                    break;
                }
                out.write(data);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    byte[] chunk(long jobId, int seq) {
        List<?> data = Panache.getEntityManager()
                .createNativeQuery("select data from import_chunk where job_id = ?1 and seq = ?2")
                .setParameter(1, jobId).setParameter(2, seq).getResultList();
        return data.isEmpty() ? null : (byte[]) data.get(0);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void delete(long jobId) {
        Panache.getEntityManager().createNativeQuery("delete from import_chunk where job_id = ?1")
                .setParameter(1, jobId).executeUpdate();
    }
}
