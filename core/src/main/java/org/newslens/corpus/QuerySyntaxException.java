package org.newslens.corpus;

/**
 * A search query that does not parse (an unbalanced quote or parenthesis, a dangling operator). The message names
 * the problem in the query; nothing was searched.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    public QuerySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
