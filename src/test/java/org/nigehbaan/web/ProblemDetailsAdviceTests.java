package org.nigehbaan.web;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsAdviceTests {

    @ParameterizedTest(name = "SQL state {0} -> unavailable {1}")
    @CsvSource({"08006, true", "08001, true", "08003, true", "57P01, true", "23505, false", "42P01, false"})
    void connectionClassFailuresMeanTheDatabaseIsUnavailable(String state, boolean unavailable) throws Exception {
        Throwable wrapped = new RuntimeException("outer", new IllegalStateException("middle", new SQLException("x", state)));
        assertThat(invoke(wrapped)).isEqualTo(unavailable);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"refused"})
    void aRefusedSocketMeansTheDatabaseIsUnavailable(String message) throws Exception {
        assertThat(invoke(new RuntimeException(new ConnectException(message)))).isTrue();
        assertThat(invoke(new RuntimeException("no database involved"))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aFailedCommitOrRollbackOrAClosedConnectionMeansTheDatabaseIsUnavailable() throws Exception {
        assertThat(invoke(new org.springframework.transaction.TransactionSystemException("JDBC rollback failed"))).isTrue();
        assertThat(invoke(new RuntimeException(new SQLException("Connection is closed")))).isTrue();
    }

    private static boolean invoke(Throwable t) throws Exception {
        var m = Class.forName("org.nigehbaan.web.internal.ProblemDetailsAdvice")
                .getDeclaredMethod("isDatabaseUnavailable", Throwable.class);
        m.setAccessible(true);
        return (boolean) m.invoke(null, t);
    }
}
