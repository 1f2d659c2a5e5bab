package dev.waymark.examples.orders;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The orders, in a relational database through JDBC: an in-memory H2 database unless
 * {@code orders.jdbc-url} names another.
 */
@ApplicationScoped
public class OrderStore {

    @Inject
    @ConfigProperty(name = "orders.jdbc-url", defaultValue = "jdbc:h2:mem:orders;DB_CLOSE_DELAY=-1")
    String url;

    @PostConstruct
    void createTable() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "customer VARCHAR(80) NOT NULL, item VARCHAR(80) NOT NULL, quantity INT NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the orders table", e);
        }
    }

    /**
     * Every order, oldest first.
     *
     * @return the orders
     */
    public List<Order> all() {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("SELECT id, customer, item, quantity FROM orders ORDER BY id");
                ResultSet rows = query.executeQuery()) {
            List<Order> orders = new ArrayList<>();
            while (rows.next()) {
                orders.add(order(rows));
            }
            return orders;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the orders", e);
        }
    }

    /**
     * One order.
     *
     * @param id its id
     * @return the order, if there is one
     */
    public Optional<Order> find(long id) {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("SELECT id, customer, item, quantity FROM orders WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(order(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read order " + id, e);
        }
    }

    /**
     * Stores a new order.
     *
     * @param placed the order as placed
     * @return the order with its id
     */
    public Order add(NewOrder placed) {
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO orders (customer, item, quantity) VALUES (?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, placed.customer());
            insert.setString(2, placed.item());
            insert.setInt(3, placed.quantity());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Order(keys.getLong(1), placed.customer(), placed.item(), placed.quantity());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the order", e);
        }
    }

    /**
     * Deletes an order.
     *
     * @param id its id
     * @return whether there was one
     */
    public boolean delete(long id) {
        try (Connection connection = connect(); PreparedStatement delete = connection.prepareStatement("DELETE FROM orders WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete order " + id, e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    private static Order order(ResultSet row) throws SQLException {
        return new Order(row.getLong("id"), row.getString("customer"), row.getString("item"), row.getInt("quantity"));
    }
}
