package cn.lawfulinspection.identity.internal;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Refuses JUEL expressions anywhere in a query or saved filter (CVE-2026-109432).
 *
 * <p>The engine's own check ({@code enableExpressionsInAdhocQueries=false}) looks only at the expressions of the
 * outermost query; a task query's {@code orQueries} carry their own expressions, which the engine evaluates anyway.
 * This interceptor sits in front of every command and walks the query, every or-query and (for filters) the stored
 * and the extending query. It sees the REST API and the webapps alike, since both call the same engine.
 */
class QueryExpressionGuard extends CommandInterceptor {

  static final String REFUSED = "查询条件中不允许使用表达式（${...} 或 #{...}），请改用具体的值。";

  private static final Field SAVED_FILTER = Fields.field(SaveFilterCmd.class, "filter");
  private static final Field EXTENDING_QUERY = Fields.field(AbstractExecuteFilterCmd.class, "extendingQuery");

  @Override
  public <T> T execute(Command<T> command) {
    inspect(command);
    return next.execute(command);
  }

  static void inspect(Command<?> command) {
    if (command instanceof AbstractQuery<?, ?> query) {
      refuseExpressions(query);
    } else if (command instanceof SaveFilterCmd) {
      Filter filter = (Filter) Fields.read(SAVED_FILTER, command);
      if (filter != null) {
        refuseExpressions(filter.getQuery());
      }
    } else if (command instanceof AbstractExecuteFilterCmd) {
      refuseExpressions(Fields.read(EXTENDING_QUERY, command));
    }
  }

  /** Throws if the query, or any query nested in it, holds an expression. */
  static void refuseExpressions(Object query) {
    walk(query, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static void walk(Object query, Set<Object> seen) {
    if (!(query instanceof AbstractQuery<?, ?> abstractQuery) || !seen.add(query)) {
      return;
    }
    if (abstractQuery.getExpressions() != null && !abstractQuery.getExpressions().isEmpty()) {
      throw new BadUserRequestException(REFUSED);
    }
    if (query instanceof TaskQueryImpl taskQuery && taskQuery.getQueries() != null) {
      // the list holds the query itself first, then its or-queries
      taskQuery.getQueries().forEach(q -> walk(q, seen));
    }
  }
}
