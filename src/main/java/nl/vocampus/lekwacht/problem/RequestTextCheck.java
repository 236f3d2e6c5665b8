package nl.vocampus.lekwacht.problem;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/** Every request body, once read, passes the text rule before Bean Validation and the resource see it. */
@Provider
public class RequestTextCheck implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        RequestText.check(body);
        return body;
    }
}
