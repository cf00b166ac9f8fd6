package cn.lawfulinspection.task;

import cn.lawfulinspection.task.internal.TaskTraces;
import cn.lawfulinspection.task.internal.TraceEntity;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * R-SC-4: writes one trace row per step of a task: who (the user the engine or the API runs for, else
 * {@code system}), when (the application clock), what, and from which channel, read from the HTTP request in
 * progress: {@code /api} → REST, {@code /engine-rest} → ENGINE_REST, {@code /camunda} → TASKLIST, none → ENGINE.
 */
@Component
public class TaskTrace {

  public static final String SYSTEM = "system";

  private final TaskTraces traces;
  private final IdentityService identityService;
  private final Clock clock;

  TaskTrace(TaskTraces traces, IdentityService identityService, Clock clock) {
    this.traces = traces;
    this.identityService = identityService;
    this.clock = clock;
  }

  public void record(long taskId, String actor, String action, String detail) {
    record(taskId, actor, action, detail, currentChannel());
  }

  /** A step that came through a channel the request path does not tell (e.g. a public page). */
  public void record(long taskId, String actor, String action, String detail, Channel channel) {
    traces.save(new TraceEntity(taskId, clock.instant(), actor == null ? SYSTEM : actor, action, detail, channel));
  }

  /** The user the current step runs for, or {@code system} (a timer, start-up). */
  public String currentActor() {
    Authentication auth = identityService.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : SYSTEM;
  }

  /** The channel of the HTTP request this thread serves, {@link Channel#ENGINE} when none. */
  public static Channel currentChannel() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (!(attributes instanceof ServletRequestAttributes servlet)) {
      return Channel.ENGINE;
    }
    HttpServletRequest request = servlet.getRequest();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/engine-rest")) {
      return Channel.ENGINE_REST;
    }
    if (path.startsWith("/camunda")) {
      return Channel.TASKLIST;
    }
    if (path.startsWith("/api")) {
      return Channel.REST;
    }
    return Channel.ENGINE;
  }
}
