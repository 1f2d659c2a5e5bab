package dev.waymark.examples.notes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.jdbcx.JdbcConnectionPool;

/** Notes in an embedded SQL database (H2 by default; any JDBC URL H2 accepts). */
@ApplicationScoped
public class NoteStore {

    @Inject
    @ConfigProperty(name = "notes.jdbc.url", defaultValue = "jdbc:h2:./data/notes")
    String jdbcUrl;

    private JdbcConnectionPool pool;

    @PostConstruct
    void open() {
        pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
        try (Connection connection = pool.getConnection()) {
            connection.createStatement().execute("CREATE TABLE IF NOT EXISTS notes ("
                    + "note_id VARCHAR(36) PRIMARY KEY, content VARCHAR(10000) NOT NULL, created_at TIMESTAMP NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the notes database at " + jdbcUrl, e);
        }
    }

    /**
     * All notes, oldest first.
     *
     * @return the notes
     */
    public List<Note> list() {
        return query("SELECT note_id, content, created_at FROM notes ORDER BY created_at, note_id");
    }

    /**
     * One note.
     *
     * @param id the note id
     * @return the note, if it exists
     */
    public Optional<Note> find(String id) {
        return query("SELECT note_id, content, created_at FROM notes WHERE note_id = ?", id).stream().findFirst();
    }

    /**
     * Stores a new note.
     *
     * @param content its text
     * @return the stored note
     */
    public Note create(String content) {
        Note note = new Note(UUID.randomUUID().toString(), content, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        update("INSERT INTO notes (note_id, content, created_at) VALUES (?, ?, ?)",
                note.noteId(), note.content(), Timestamp.from(note.createdAt()));
        return note;
    }

    /**
     * Replaces a note's text.
     *
     * @param id the note id
     * @param content the new text
     * @return the updated note, if it exists
     */
    public Optional<Note> replace(String id, String content) {
        return update("UPDATE notes SET content = ? WHERE note_id = ?", content, id) == 0 ? Optional.empty() : find(id);
    }

    /**
     * Deletes a note.
     *
     * @param id the note id
     * @return whether it existed
     */
    public boolean delete(String id) {
        return update("DELETE FROM notes WHERE note_id = ?", id) > 0;
    }

    private List<Note> query(String sql, Object... parameters) {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<Note> notes = new ArrayList<>();
            while (rows.next()) {
                notes.add(new Note(rows.getString(1), rows.getString(2), rows.getTimestamp(3).toInstant()));
            }
            return notes;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = pool.getConnection(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
