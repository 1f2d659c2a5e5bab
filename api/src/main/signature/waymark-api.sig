#Signature file v4.1
#Version 1.0

CLSS public abstract interface !annotation dev.waymark.Api
 anno 0 jakarta.enterprise.context.ApplicationScoped()
 anno 0 jakarta.enterprise.inject.Stereotype()
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.String basePath()
meth public abstract !hasdefault java.lang.String domain()
meth public abstract !hasdefault java.lang.String name()

CLSS public dev.waymark.ApiDeploymentException
cons public init(java.lang.String)
cons public init(java.lang.String,java.lang.Throwable)
fld public final static java.lang.String MESSAGE_PREFIX = "Waymark API deployment error: "
supr java.lang.RuntimeException
hfds serialVersionUID

CLSS public abstract interface dev.waymark.ApiRequest
meth public abstract <%0 extends java.lang.Object> {%%0} bodyAs(java.lang.Class<{%%0}>)
meth public abstract byte[] body()
meth public abstract java.io.InputStream bodyStream()
meth public abstract java.lang.String bodyAsString()
meth public abstract java.lang.String method()
meth public abstract java.lang.String path()
meth public abstract java.lang.String pathParam(java.lang.String)
meth public abstract java.lang.String requestId()
meth public abstract java.lang.String routeKey()
meth public abstract java.lang.String sourceIp()
meth public abstract java.util.List<dev.waymark.FormPart> parts()
meth public abstract java.util.List<java.lang.String> pathSegments(java.lang.String)
meth public abstract java.util.List<java.lang.String> queryAll(java.lang.String)
meth public abstract java.util.Map<java.lang.String,java.lang.String> cookies()
meth public abstract java.util.Map<java.lang.String,java.lang.String> pathParams()
meth public abstract java.util.Map<java.lang.String,java.util.List<java.lang.String>> form()
meth public abstract java.util.Map<java.lang.String,java.util.List<java.lang.String>> headers()
meth public abstract java.util.Map<java.lang.String,java.util.List<java.lang.String>> queryParams()
meth public abstract java.util.Optional<dev.waymark.auth.Identity> identity()
meth public abstract java.util.Optional<java.lang.String> cookie(java.lang.String)
meth public abstract java.util.Optional<java.lang.String> header(java.lang.String)
meth public abstract java.util.Optional<java.lang.String> query(java.lang.String)

CLSS public abstract interface dev.waymark.ApiResponse
meth public abstract boolean isSent()
meth public abstract dev.waymark.ApiResponse cookie(jakarta.ws.rs.core.NewCookie)
meth public abstract dev.waymark.ApiResponse header(java.lang.String,java.lang.String)
meth public abstract dev.waymark.ApiResponse status(int)
meth public abstract int status()
meth public abstract void json(java.lang.Object)
meth public abstract void redirect(int,java.lang.String)
meth public abstract void redirect(java.lang.String)
meth public abstract void send(java.lang.Object)

CLSS public abstract interface dev.waymark.ApiUrls
meth public abstract java.net.URI url(java.lang.String)
meth public abstract java.util.Optional<java.net.URI> customDomainUrl(java.lang.String)

CLSS public abstract interface !annotation dev.waymark.BodyLimit
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
fld public final static java.lang.String UNLIMITED = "unlimited"
intf java.lang.annotation.Annotation
meth public abstract !hasdefault boolean parse()
meth public abstract !hasdefault java.lang.String value()

CLSS public abstract interface !annotation dev.waymark.CatchAll
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[METHOD])
intf java.lang.annotation.Annotation

CLSS public abstract interface !annotation dev.waymark.ExternalResolver
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[METHOD, TYPE])
intf java.lang.annotation.Annotation

CLSS public abstract interface dev.waymark.FormPart
meth public abstract byte[] bytes()
meth public abstract java.io.InputStream stream()
meth public abstract java.lang.String contentType()
meth public abstract java.lang.String name()
meth public abstract java.lang.String text()
meth public abstract java.util.Map<java.lang.String,java.util.List<java.lang.String>> headers()
meth public abstract java.util.Optional<java.lang.String> fileName()
meth public abstract long size()

CLSS public abstract interface dev.waymark.Handler
 anno 0 java.lang.FunctionalInterface()
meth public abstract java.lang.Object handle(dev.waymark.ApiRequest,dev.waymark.ApiResponse) throws java.lang.Exception

CLSS public abstract interface !annotation dev.waymark.RateLimit
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
innr public final static !enum Key
intf java.lang.annotation.Annotation
meth public abstract !hasdefault boolean enabled()
meth public abstract !hasdefault dev.waymark.RateLimit$Key key()
meth public abstract !hasdefault int burst()
meth public abstract !hasdefault int rate()
meth public abstract !hasdefault java.lang.String header()
meth public abstract !hasdefault java.lang.String per()

CLSS public final static !enum dev.waymark.RateLimit$Key
 outer dev.waymark.RateLimit
fld public final static dev.waymark.RateLimit$Key HEADER
fld public final static dev.waymark.RateLimit$Key IP
fld public final static dev.waymark.RateLimit$Key PRINCIPAL
meth public static dev.waymark.RateLimit$Key valueOf(java.lang.String)
meth public static dev.waymark.RateLimit$Key[] values()
supr java.lang.Enum<dev.waymark.RateLimit$Key>

CLSS public final dev.waymark.RateLimitPolicy
cons public init(boolean,int,java.lang.String,int,dev.waymark.RateLimit$Key,java.util.Optional<java.lang.String>)
meth public boolean enabled()
meth public dev.waymark.RateLimit$Key key()
meth public dev.waymark.RateLimitPolicy burst(int)
meth public dev.waymark.RateLimitPolicy keyedByHeader(java.lang.String)
meth public dev.waymark.RateLimitPolicy keyedByPrincipal()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public int burst()
meth public int rate()
meth public java.lang.String per()
meth public java.util.Optional<java.lang.String> header()
meth public static dev.waymark.RateLimitPolicy disabled()
meth public static dev.waymark.RateLimitPolicy of(int,java.lang.String)
supr java.lang.Record
hfds burst,enabled,header,key,per,rate

CLSS public abstract interface !annotation dev.waymark.ResponseLimit
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
fld public final static java.lang.String OFF = "false"
intf java.lang.annotation.Annotation
meth public abstract !hasdefault boolean strict()
meth public abstract !hasdefault java.lang.String value()

CLSS public abstract interface !annotation dev.waymark.Route
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[METHOD])
intf java.lang.annotation.Annotation
meth public abstract java.lang.String value()

CLSS public abstract interface dev.waymark.RouteInfo
meth public abstract dev.waymark.RouteRuntime runtime()
meth public abstract java.lang.String handler()
meth public abstract java.lang.String key()
meth public abstract java.lang.String method()
meth public abstract java.lang.String path()
meth public abstract java.util.List<java.lang.String> regions()
meth public abstract java.util.Optional<java.time.Duration> timeout()
meth public abstract java.util.OptionalLong bodyLimit()
meth public abstract java.util.OptionalLong responseLimit()

CLSS public final dev.waymark.RouteOptions
meth public !varargs dev.waymark.RouteOptions authorizationScopes(java.lang.String[])
meth public !varargs dev.waymark.RouteOptions regions(java.lang.String[])
meth public !varargs dev.waymark.RouteOptions rolesAllowed(java.lang.String[])
meth public dev.waymark.RouteOptions accessLog(java.lang.String)
meth public dev.waymark.RouteOptions authorizer(java.lang.String)
meth public dev.waymark.RouteOptions bodyLimit(java.lang.String)
meth public dev.waymark.RouteOptions cors(dev.waymark.cors.CorsPolicy)
meth public dev.waymark.RouteOptions externalResolver(boolean)
meth public dev.waymark.RouteOptions parseBody(boolean)
meth public dev.waymark.RouteOptions rateLimit(dev.waymark.RateLimitPolicy)
meth public dev.waymark.RouteOptions responseLimit(java.lang.String)
meth public dev.waymark.RouteOptions runtime(dev.waymark.RouteRuntime)
meth public dev.waymark.RouteOptions strictResponseLimit(boolean)
meth public dev.waymark.RouteOptions timeout(java.lang.String)
meth public java.util.Optional<dev.waymark.RateLimitPolicy> rateLimit()
meth public java.util.Optional<dev.waymark.RouteRuntime> runtime()
meth public java.util.Optional<dev.waymark.cors.CorsPolicy> cors()
meth public java.util.Optional<java.lang.Boolean> externalResolver()
meth public java.util.Optional<java.lang.Boolean> parseBody()
meth public java.util.Optional<java.lang.Boolean> strictResponseLimit()
meth public java.util.Optional<java.lang.String> accessLog()
meth public java.util.Optional<java.lang.String> authorizer()
meth public java.util.Optional<java.lang.String> bodyLimit()
meth public java.util.Optional<java.lang.String> responseLimit()
meth public java.util.Optional<java.lang.String> timeout()
meth public java.util.Optional<java.util.List<java.lang.String>> authorizationScopes()
meth public java.util.Optional<java.util.List<java.lang.String>> regions()
meth public java.util.Optional<java.util.List<java.lang.String>> rolesAllowed()
meth public static dev.waymark.RouteOptions defaults()
supr java.lang.Object
hfds DEFAULTS,values

CLSS public final !enum dev.waymark.RouteRuntime
fld public final static dev.waymark.RouteRuntime EDGE
fld public final static dev.waymark.RouteRuntime STANDARD
meth public static dev.waymark.RouteRuntime valueOf(java.lang.String)
meth public static dev.waymark.RouteRuntime[] values()
supr java.lang.Enum<dev.waymark.RouteRuntime>

CLSS public abstract interface dev.waymark.RouteTable
meth public abstract <%0 extends java.lang.Object> {%%0} unwrap(java.lang.Class<{%%0}>)
meth public abstract dev.waymark.RouteTable add(java.lang.String,dev.waymark.Handler)
meth public abstract dev.waymark.RouteTable add(java.lang.String,dev.waymark.RouteOptions,dev.waymark.Handler)
meth public abstract dev.waymark.RouteTable addAll(java.util.Map<java.lang.String,dev.waymark.Handler>)
meth public abstract dev.waymark.RouteTable authorizer(dev.waymark.auth.AuthorizerDefinition)
meth public abstract dev.waymark.RouteTable domain(java.lang.String)
meth public abstract java.lang.String basePath()
meth public abstract java.lang.String name()
meth public abstract java.util.List<dev.waymark.RouteInfo> routes()
meth public abstract java.util.Optional<java.lang.String> domain()
meth public static dev.waymark.RouteTable create(java.lang.String)
meth public static dev.waymark.RouteTable create(java.lang.String,java.lang.String)
meth public static dev.waymark.RouteTable create(java.lang.String,java.lang.String,dev.waymark.RouteOptions)

CLSS public abstract interface !annotation dev.waymark.RouteTimeout
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[METHOD, TYPE])
fld public final static java.lang.String NONE = "none"
intf java.lang.annotation.Annotation
meth public abstract java.lang.String value()

CLSS public abstract interface !annotation dev.waymark.RuntimeHint
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[METHOD, TYPE])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.String[] regions()
meth public abstract dev.waymark.RouteRuntime value()

CLSS public final dev.waymark.ServerSentEvent
cons public init(java.lang.String,java.lang.String,java.lang.String,java.time.Duration)
meth public dev.waymark.ServerSentEvent withEvent(java.lang.String)
meth public dev.waymark.ServerSentEvent withId(java.lang.String)
meth public dev.waymark.ServerSentEvent withRetry(java.time.Duration)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String data()
meth public java.lang.String event()
meth public java.lang.String id()
meth public java.time.Duration retry()
meth public static dev.waymark.ServerSentEvent of(java.lang.String)
supr java.lang.Record
hfds data,event,id,retry

CLSS public abstract interface !annotation dev.waymark.auth.Authorize
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
fld public final static java.lang.String NONE = "none"
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.String[] scopes()
meth public abstract java.lang.String value()

CLSS public abstract interface dev.waymark.auth.Authorizer
 anno 0 java.lang.FunctionalInterface()
meth public abstract dev.waymark.auth.AuthorizerResult authorize(dev.waymark.auth.AuthorizerRequest)

CLSS public final dev.waymark.auth.AuthorizerDefinition
innr public final static !enum Kind
meth public !varargs dev.waymark.auth.AuthorizerDefinition audiences(java.lang.String[])
meth public !varargs dev.waymark.auth.AuthorizerDefinition identitySources(java.lang.String[])
meth public dev.waymark.auth.AuthorizerDefinition denyStatus(int)
meth public dev.waymark.auth.AuthorizerDefinition issuer(java.lang.String)
meth public dev.waymark.auth.AuthorizerDefinition jwksUrl(java.lang.String)
meth public dev.waymark.auth.AuthorizerDefinition publicKey(java.lang.String)
meth public dev.waymark.auth.AuthorizerDefinition resultTtl(java.lang.String)
meth public dev.waymark.auth.AuthorizerDefinition tokenHeader(java.lang.String)
meth public dev.waymark.auth.AuthorizerDefinition tokenQueryParameter(java.lang.String)
meth public dev.waymark.auth.AuthorizerDefinition$Kind kind()
meth public int denyStatus()
meth public java.lang.String name()
meth public java.lang.String resultTtl()
meth public java.lang.String tokenHeader()
meth public java.util.List<java.lang.String> audiences()
meth public java.util.List<java.lang.String> identitySources()
meth public java.util.Optional<dev.waymark.auth.Authorizer> authorizer()
meth public java.util.Optional<java.lang.String> issuer()
meth public java.util.Optional<java.lang.String> jwksUrl()
meth public java.util.Optional<java.lang.String> publicKey()
meth public java.util.Optional<java.lang.String> tokenQueryParameter()
meth public static dev.waymark.auth.AuthorizerDefinition container(java.lang.String)
meth public static dev.waymark.auth.AuthorizerDefinition custom(java.lang.String,dev.waymark.auth.Authorizer)
meth public static dev.waymark.auth.AuthorizerDefinition jwt(java.lang.String)
supr java.lang.Object
hfds audiences,authorizer,denyStatus,identitySources,issuer,jwksUrl,kind,name,publicKey,resultTtl,tokenHeader,tokenQueryParameter

CLSS public final static !enum dev.waymark.auth.AuthorizerDefinition$Kind
 outer dev.waymark.auth.AuthorizerDefinition
fld public final static dev.waymark.auth.AuthorizerDefinition$Kind CONTAINER
fld public final static dev.waymark.auth.AuthorizerDefinition$Kind CUSTOM
fld public final static dev.waymark.auth.AuthorizerDefinition$Kind JWT
meth public static dev.waymark.auth.AuthorizerDefinition$Kind valueOf(java.lang.String)
meth public static dev.waymark.auth.AuthorizerDefinition$Kind[] values()
supr java.lang.Enum<dev.waymark.auth.AuthorizerDefinition$Kind>

CLSS public abstract interface dev.waymark.auth.AuthorizerRequest
meth public abstract java.lang.String method()
meth public abstract java.lang.String path()
meth public abstract java.lang.String routeKey()
meth public abstract java.lang.String sourceIp()
meth public abstract java.util.List<java.lang.String> identitySources()

CLSS public final dev.waymark.auth.AuthorizerResult
cons public init(boolean,java.lang.String,java.util.Map<java.lang.String,java.lang.Object>)
meth public boolean allowed()
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String principal()
meth public java.util.Map<java.lang.String,java.lang.Object> context()
meth public static dev.waymark.auth.AuthorizerResult allow(java.lang.String)
meth public static dev.waymark.auth.AuthorizerResult allow(java.lang.String,java.util.Map<java.lang.String,java.lang.Object>)
meth public static dev.waymark.auth.AuthorizerResult deny()
supr java.lang.Record
hfds allowed,context,principal

CLSS public abstract interface !annotation dev.waymark.auth.ContainerAuthorizer
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.String name()

CLSS public abstract interface !annotation dev.waymark.auth.CustomAuthorizer
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Repeatable(java.lang.Class<? extends java.lang.annotation.Annotation> value=class dev.waymark.auth.CustomAuthorizer$List)
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
innr public abstract interface static !annotation List
intf java.lang.annotation.Annotation
meth public abstract !hasdefault int denyStatus()
meth public abstract !hasdefault java.lang.String resultTtl()
meth public abstract !hasdefault java.lang.String[] identitySources()
meth public abstract java.lang.Class<? extends dev.waymark.auth.Authorizer> authorizer()
meth public abstract java.lang.String name()

CLSS public abstract interface static !annotation dev.waymark.auth.CustomAuthorizer$List
 outer dev.waymark.auth.CustomAuthorizer
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract dev.waymark.auth.CustomAuthorizer[] value()

CLSS public abstract interface dev.waymark.auth.Identity
meth public abstract <%0 extends java.lang.Object> java.util.Optional<{%%0}> credential(java.lang.Class<{%%0}>)
meth public abstract java.lang.String authorizer()
meth public abstract java.lang.String principal()
meth public abstract java.util.Map<java.lang.String,java.lang.Object> claims()
meth public abstract java.util.Map<java.lang.String,java.lang.Object> context()
meth public abstract java.util.Set<java.lang.String> scopes()

CLSS public abstract interface !annotation dev.waymark.auth.JwtAuthorizer
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Repeatable(java.lang.Class<? extends java.lang.annotation.Annotation> value=class dev.waymark.auth.JwtAuthorizer$List)
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
innr public abstract interface static !annotation List
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.String issuer()
meth public abstract !hasdefault java.lang.String jwksUrl()
meth public abstract !hasdefault java.lang.String publicKey()
meth public abstract !hasdefault java.lang.String tokenHeader()
meth public abstract !hasdefault java.lang.String tokenQueryParameter()
meth public abstract !hasdefault java.lang.String[] audiences()
meth public abstract java.lang.String name()

CLSS public abstract interface static !annotation dev.waymark.auth.JwtAuthorizer$List
 outer dev.waymark.auth.JwtAuthorizer
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract dev.waymark.auth.JwtAuthorizer[] value()

CLSS abstract interface dev.waymark.auth.package-info

CLSS public abstract interface !annotation dev.waymark.cors.Cors
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault boolean allowCredentials()
meth public abstract !hasdefault boolean enabled()
meth public abstract !hasdefault java.lang.String maxAge()
meth public abstract !hasdefault java.lang.String[] allowHeaders()
meth public abstract !hasdefault java.lang.String[] allowMethods()
meth public abstract !hasdefault java.lang.String[] allowOrigins()
meth public abstract !hasdefault java.lang.String[] exposeHeaders()

CLSS public final dev.waymark.cors.CorsPolicy
cons public init(boolean,java.util.List<java.lang.String>,java.util.List<java.lang.String>,java.util.List<java.lang.String>,java.util.List<java.lang.String>,boolean,java.util.Optional<java.lang.String>)
meth public !varargs dev.waymark.cors.CorsPolicy allowHeaders(java.lang.String[])
meth public !varargs dev.waymark.cors.CorsPolicy allowMethods(java.lang.String[])
meth public !varargs dev.waymark.cors.CorsPolicy allowOrigins(java.lang.String[])
meth public !varargs dev.waymark.cors.CorsPolicy exposeHeaders(java.lang.String[])
meth public boolean allowCredentials()
meth public boolean enabled()
meth public dev.waymark.cors.CorsPolicy allowCredentials(boolean)
meth public dev.waymark.cors.CorsPolicy maxAge(java.lang.String)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.List<java.lang.String> allowHeaders()
meth public java.util.List<java.lang.String> allowMethods()
meth public java.util.List<java.lang.String> allowOrigins()
meth public java.util.List<java.lang.String> exposeHeaders()
meth public java.util.Optional<java.lang.String> maxAge()
meth public static dev.waymark.cors.CorsPolicy allowAll()
meth public static dev.waymark.cors.CorsPolicy disabled()
supr java.lang.Record
hfds allowCredentials,allowHeaders,allowMethods,allowOrigins,enabled,exposeHeaders,maxAge

CLSS abstract interface dev.waymark.cors.package-info

CLSS public final dev.waymark.graphql.GraphQLDefinition
meth public boolean introspection()
meth public dev.waymark.Handler handler()
meth public dev.waymark.graphql.GraphQLDefinition introspection(boolean)
meth public dev.waymark.graphql.GraphQLDefinition maxComplexity(int)
meth public dev.waymark.graphql.GraphQLDefinition maxDepth(int)
meth public dev.waymark.graphql.GraphQLDefinition resolver(java.lang.String,dev.waymark.graphql.GraphQLResolver)
meth public int maxComplexity()
meth public int maxDepth()
meth public java.util.Map<java.lang.String,dev.waymark.graphql.GraphQLResolver> resolvers()
meth public java.util.Optional<java.lang.String> schema()
meth public static dev.waymark.graphql.GraphQLDefinition codeFirst()
meth public static dev.waymark.graphql.GraphQLDefinition schema(java.lang.String)
supr java.lang.Object
hfds introspection,maxComplexity,maxDepth,resolvers,schema

CLSS public abstract interface dev.waymark.graphql.GraphQLResolver
 anno 0 java.lang.FunctionalInterface()
meth public abstract java.lang.Object resolve(dev.waymark.graphql.ResolverContext) throws java.lang.Exception

CLSS public abstract interface !annotation dev.waymark.graphql.GraphQLRoute
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault boolean introspection()
meth public abstract !hasdefault int maxComplexity()
meth public abstract !hasdefault int maxDepth()
meth public abstract !hasdefault java.lang.String schema()
meth public abstract !hasdefault java.lang.String value()

CLSS public abstract interface !annotation dev.waymark.graphql.Resolver
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[METHOD])
intf java.lang.annotation.Annotation
meth public abstract java.lang.String value()

CLSS public abstract interface dev.waymark.graphql.ResolverContext
meth public abstract <%0 extends java.lang.Object> {%%0} argument(java.lang.String,java.lang.Class<{%%0}>)
meth public abstract <%0 extends java.lang.Object> {%%0} source(java.lang.Class<{%%0}>)
meth public abstract java.lang.String fieldName()
meth public abstract java.lang.String typeName()
meth public abstract java.util.Map<java.lang.String,java.lang.Object> arguments()
meth public abstract java.util.Optional<dev.waymark.auth.Identity> identity()

CLSS public abstract interface dev.waymark.graphql.SubscriptionEvents
meth public abstract <%0 extends java.lang.Object> java.util.concurrent.Flow$Publisher<{%%0}> subscribe(java.lang.String,java.lang.Class<{%%0}>)
meth public abstract void publish(java.lang.String,java.lang.Object)

CLSS abstract interface dev.waymark.graphql.package-info

CLSS public abstract interface !annotation dev.waymark.log.AccessLog
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault boolean enabled()
meth public abstract !hasdefault java.lang.String format()

CLSS abstract interface dev.waymark.log.package-info

CLSS abstract interface dev.waymark.package-info

CLSS public abstract interface dev.waymark.spi.Cluster
innr public abstract interface static Subscription
innr public final static MemberLeftException
innr public final static MembershipChange
meth public abstract dev.waymark.spi.Cluster$Subscription onMembershipChange(java.util.function.Consumer<dev.waymark.spi.Cluster$MembershipChange>)
meth public abstract dev.waymark.spi.Cluster$Subscription serve(java.lang.String,java.util.function.Function<byte[],java.util.concurrent.CompletionStage<byte[]>>)
meth public abstract dev.waymark.spi.Cluster$Subscription subscribe(java.lang.String,java.util.function.Consumer<byte[]>)
meth public abstract dev.waymark.spi.SharedMap map(java.lang.String)
meth public abstract java.lang.String localMember()
meth public abstract java.util.Set<java.lang.String> members()
meth public abstract java.util.concurrent.CompletionStage<byte[]> request(java.lang.String,java.lang.String,byte[],java.time.Duration)
meth public abstract void publish(java.lang.String,byte[])

CLSS public final static dev.waymark.spi.Cluster$MemberLeftException
 outer dev.waymark.spi.Cluster
cons public init(java.lang.String)
supr java.lang.RuntimeException
hfds serialVersionUID

CLSS public final static dev.waymark.spi.Cluster$MembershipChange
 outer dev.waymark.spi.Cluster
cons public init(java.util.Set<java.lang.String>,java.util.Set<java.lang.String>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.util.Set<java.lang.String> joined()
meth public java.util.Set<java.lang.String> left()
supr java.lang.Record
hfds joined,left

CLSS public abstract interface static dev.waymark.spi.Cluster$Subscription
 outer dev.waymark.spi.Cluster
intf java.lang.AutoCloseable
meth public abstract void close()

CLSS public abstract interface dev.waymark.spi.ConnectionRegistry
innr public abstract interface static Entry
meth public abstract java.util.Collection<dev.waymark.spi.ConnectionRegistry$Entry> all()
meth public abstract java.util.Optional<dev.waymark.spi.ConnectionRegistry$Entry> find(java.lang.String)
meth public abstract void add(dev.waymark.spi.ConnectionRegistry$Entry)
meth public abstract void remove(java.lang.String)

CLSS public abstract interface static dev.waymark.spi.ConnectionRegistry$Entry
 outer dev.waymark.spi.ConnectionRegistry
meth public abstract dev.waymark.websocket.ConnectionInfo info()
meth public abstract void close()
meth public abstract void send(java.lang.Object)

CLSS public abstract interface dev.waymark.spi.SharedMap
fld public final static java.time.Duration FOREVER
meth public abstract boolean putIfAbsent(java.lang.String,byte[],java.time.Duration)
meth public abstract boolean remove(java.lang.String)
meth public abstract boolean replace(java.lang.String,byte[],byte[],java.time.Duration)
meth public abstract java.util.Map<java.lang.String,byte[]> entries()
meth public abstract java.util.Optional<byte[]> get(java.lang.String)
meth public abstract void put(java.lang.String,byte[],java.time.Duration)

CLSS public abstract dev.waymark.spi.WaymarkProvider
cons protected init()
meth public abstract dev.waymark.Handler createGraphQLHandler(dev.waymark.graphql.GraphQLDefinition)
meth public abstract dev.waymark.RouteTable createRouteTable(java.lang.String,java.lang.String,dev.waymark.RouteOptions)
meth public abstract dev.waymark.websocket.WebSocketRouteTable createWebSocketRouteTable(java.lang.String,java.lang.String,dev.waymark.websocket.WebSocketOptions)
meth public static dev.waymark.spi.WaymarkProvider instance()
supr java.lang.Object
hfds instance

CLSS abstract interface dev.waymark.spi.package-info

CLSS public final dev.waymark.websocket.ConnectionInfo
cons public init(java.lang.String,java.lang.String,java.time.Instant,java.time.Instant,java.lang.String,java.util.Optional<dev.waymark.auth.Identity>)
meth public final boolean equals(java.lang.Object)
meth public final int hashCode()
meth public final java.lang.String toString()
meth public java.lang.String api()
meth public java.lang.String connectionId()
meth public java.lang.String sourceIp()
meth public java.time.Instant connectedAt()
meth public java.time.Instant lastActiveAt()
meth public java.util.Optional<dev.waymark.auth.Identity> identity()
supr java.lang.Record
hfds api,connectedAt,connectionId,identity,lastActiveAt,sourceIp

CLSS public abstract interface dev.waymark.websocket.Connections
meth public abstract boolean close(java.lang.String)
meth public abstract int broadcast(java.lang.Object,java.util.function.Predicate<dev.waymark.websocket.ConnectionInfo>)
meth public abstract java.util.List<dev.waymark.websocket.ConnectionInfo> list()
meth public abstract java.util.Optional<dev.waymark.websocket.ConnectionInfo> info(java.lang.String)
meth public abstract void send(java.lang.String,java.lang.Object)

CLSS public abstract interface !annotation dev.waymark.websocket.ConnectionsEndpoint
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.String[] scopes()
meth public abstract java.lang.String authorizer()

CLSS public dev.waymark.websocket.GoneException
cons public init(java.lang.String)
meth public java.lang.String connectionId()
supr java.lang.RuntimeException
hfds connectionId,serialVersionUID

CLSS public abstract interface !annotation dev.waymark.websocket.WebSocketApi
 anno 0 jakarta.enterprise.context.ApplicationScoped()
 anno 0 jakarta.enterprise.inject.Stereotype()
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault java.lang.String idleTimeout()
meth public abstract !hasdefault java.lang.String maxDuration()
meth public abstract !hasdefault java.lang.String maxMessageSize()
meth public abstract !hasdefault java.lang.String name()
meth public abstract !hasdefault java.lang.String routeSelection()
meth public abstract java.lang.String path()

CLSS public abstract interface dev.waymark.websocket.WebSocketEvent
innr public final static !enum Type
meth public abstract dev.waymark.websocket.WebSocketEvent$Type type()
meth public abstract java.lang.String connectionId()
meth public abstract java.lang.String requestId()
meth public abstract java.lang.String routeKey()
meth public abstract java.lang.String sourceIp()
meth public abstract java.util.Map<java.lang.String,java.util.List<java.lang.String>> queryParams()
meth public abstract java.util.Optional<dev.waymark.auth.Identity> identity()
meth public abstract java.util.Optional<java.lang.String> header(java.lang.String)
meth public abstract java.util.Optional<java.lang.String> query(java.lang.String)

CLSS public final static !enum dev.waymark.websocket.WebSocketEvent$Type
 outer dev.waymark.websocket.WebSocketEvent
fld public final static dev.waymark.websocket.WebSocketEvent$Type CONNECT
fld public final static dev.waymark.websocket.WebSocketEvent$Type DISCONNECT
fld public final static dev.waymark.websocket.WebSocketEvent$Type MESSAGE
meth public static dev.waymark.websocket.WebSocketEvent$Type valueOf(java.lang.String)
meth public static dev.waymark.websocket.WebSocketEvent$Type[] values()
supr java.lang.Enum<dev.waymark.websocket.WebSocketEvent$Type>

CLSS public abstract interface dev.waymark.websocket.WebSocketHandler
 anno 0 java.lang.FunctionalInterface()
meth public abstract java.lang.Object handle(dev.waymark.websocket.WebSocketMessage,dev.waymark.websocket.WebSocketEvent) throws java.lang.Exception

CLSS public abstract interface dev.waymark.websocket.WebSocketMessage
meth public abstract <%0 extends java.lang.Object> {%%0} as(java.lang.Class<{%%0}>)
meth public abstract boolean binary()
meth public abstract boolean empty()
meth public abstract byte[] bytes()
meth public abstract java.lang.String text()

CLSS public final dev.waymark.websocket.WebSocketOptions
meth public !varargs dev.waymark.websocket.WebSocketOptions authorizer(java.lang.String,java.lang.String[])
meth public !varargs dev.waymark.websocket.WebSocketOptions connectionsEndpoint(java.lang.String,java.lang.String[])
meth public dev.waymark.websocket.WebSocketOptions cors(dev.waymark.cors.CorsPolicy)
meth public dev.waymark.websocket.WebSocketOptions idleTimeout(java.lang.String)
meth public dev.waymark.websocket.WebSocketOptions maxDuration(java.lang.String)
meth public dev.waymark.websocket.WebSocketOptions maxMessageSize(java.lang.String)
meth public dev.waymark.websocket.WebSocketOptions routeSelection(java.lang.String)
meth public java.lang.String idleTimeout()
meth public java.lang.String maxDuration()
meth public java.lang.String maxMessageSize()
meth public java.lang.String routeSelection()
meth public java.util.List<java.lang.String> authorizationScopes()
meth public java.util.List<java.lang.String> connectionsScopes()
meth public java.util.Optional<dev.waymark.cors.CorsPolicy> cors()
meth public java.util.Optional<java.lang.String> authorizer()
meth public java.util.Optional<java.lang.String> connectionsAuthorizer()
meth public static dev.waymark.websocket.WebSocketOptions defaults()
supr java.lang.Object
hfds DEFAULTS,authorizationScopes,authorizer,connectionsAuthorizer,connectionsScopes,cors,idleTimeout,maxDuration,maxMessageSize,routeSelection

CLSS public abstract interface !annotation dev.waymark.websocket.WebSocketRoute
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[METHOD])
fld public final static java.lang.String CONNECT = "$connect"
fld public final static java.lang.String DEFAULT = "$default"
fld public final static java.lang.String DISCONNECT = "$disconnect"
intf java.lang.annotation.Annotation
meth public abstract java.lang.String value()

CLSS public abstract interface dev.waymark.websocket.WebSocketRouteTable
meth public abstract <%0 extends java.lang.Object> {%%0} unwrap(java.lang.Class<{%%0}>)
meth public abstract dev.waymark.websocket.WebSocketRouteTable add(java.lang.String,dev.waymark.websocket.WebSocketHandler)
meth public abstract dev.waymark.websocket.WebSocketRouteTable authorizer(dev.waymark.auth.AuthorizerDefinition)
meth public abstract java.lang.String name()
meth public abstract java.lang.String path()
meth public abstract java.util.Set<java.lang.String> routeKeys()
meth public static dev.waymark.websocket.WebSocketRouteTable create(java.lang.String,java.lang.String)
meth public static dev.waymark.websocket.WebSocketRouteTable create(java.lang.String,java.lang.String,dev.waymark.websocket.WebSocketOptions)

CLSS abstract interface dev.waymark.websocket.package-info

CLSS public abstract interface !annotation jakarta.enterprise.context.ApplicationScoped
 anno 0 jakarta.enterprise.context.NormalScope(boolean passivating=false)
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Inherited()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE, METHOD, FIELD])
innr public final static Literal
intf java.lang.annotation.Annotation

CLSS public abstract interface !annotation jakarta.enterprise.context.NormalScope
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation
meth public abstract !hasdefault boolean passivating()

CLSS public abstract interface !annotation jakarta.enterprise.inject.Stereotype
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation

CLSS public abstract interface java.io.Serializable

CLSS public abstract interface java.lang.AutoCloseable
meth public abstract void close() throws java.lang.Exception

CLSS public abstract interface java.lang.Comparable<%0 extends java.lang.Object>
meth public abstract int compareTo({java.lang.Comparable%0})

CLSS public abstract java.lang.Enum<%0 extends java.lang.Enum<{java.lang.Enum%0}>>
cons protected init(java.lang.String,int)
innr public final static EnumDesc
intf java.io.Serializable
intf java.lang.Comparable<{java.lang.Enum%0}>
intf java.lang.constant.Constable
meth protected final java.lang.Object clone() throws java.lang.CloneNotSupportedException
meth protected final void finalize()
meth public final boolean equals(java.lang.Object)
meth public final int compareTo({java.lang.Enum%0})
meth public final int hashCode()
meth public final int ordinal()
meth public final java.lang.Class<{java.lang.Enum%0}> getDeclaringClass()
meth public final java.lang.String name()
meth public final java.util.Optional<java.lang.Enum$EnumDesc<{java.lang.Enum%0}>> describeConstable()
meth public java.lang.String toString()
meth public static <%0 extends java.lang.Enum<{%%0}>> {%%0} valueOf(java.lang.Class<{%%0}>,java.lang.String)
supr java.lang.Object
hfds name,ordinal

CLSS public java.lang.Exception
cons protected init(java.lang.String,java.lang.Throwable,boolean,boolean)
cons public init()
cons public init(java.lang.String)
cons public init(java.lang.String,java.lang.Throwable)
cons public init(java.lang.Throwable)
supr java.lang.Throwable
hfds serialVersionUID

CLSS public abstract interface !annotation java.lang.FunctionalInterface
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[TYPE])
intf java.lang.annotation.Annotation

CLSS public java.lang.Object
cons public init()
meth protected java.lang.Object clone() throws java.lang.CloneNotSupportedException
meth protected void finalize() throws java.lang.Throwable
 anno 0 java.lang.Deprecated(boolean forRemoval=false, java.lang.String since="9")
meth public boolean equals(java.lang.Object)
meth public final java.lang.Class<?> getClass()
meth public final void notify()
meth public final void notifyAll()
meth public final void wait() throws java.lang.InterruptedException
meth public final void wait(long) throws java.lang.InterruptedException
meth public final void wait(long,int) throws java.lang.InterruptedException
meth public int hashCode()
meth public java.lang.String toString()

CLSS public abstract java.lang.Record
cons protected init()
meth public abstract boolean equals(java.lang.Object)
meth public abstract int hashCode()
meth public abstract java.lang.String toString()
supr java.lang.Object

CLSS public java.lang.RuntimeException
cons protected init(java.lang.String,java.lang.Throwable,boolean,boolean)
cons public init()
cons public init(java.lang.String)
cons public init(java.lang.String,java.lang.Throwable)
cons public init(java.lang.Throwable)
supr java.lang.Exception
hfds serialVersionUID

CLSS public java.lang.Throwable
cons protected init(java.lang.String,java.lang.Throwable,boolean,boolean)
cons public init()
cons public init(java.lang.String)
cons public init(java.lang.String,java.lang.Throwable)
cons public init(java.lang.Throwable)
intf java.io.Serializable
meth public final java.lang.Throwable[] getSuppressed()
meth public final void addSuppressed(java.lang.Throwable)
meth public java.lang.StackTraceElement[] getStackTrace()
meth public java.lang.String getLocalizedMessage()
meth public java.lang.String getMessage()
meth public java.lang.String toString()
meth public java.lang.Throwable fillInStackTrace()
meth public java.lang.Throwable getCause()
meth public java.lang.Throwable initCause(java.lang.Throwable)
meth public void printStackTrace()
meth public void printStackTrace(java.io.PrintStream)
meth public void printStackTrace(java.io.PrintWriter)
meth public void setStackTrace(java.lang.StackTraceElement[])
supr java.lang.Object
hfds CAUSE_CAPTION,EMPTY_THROWABLE_ARRAY,NULL_CAUSE_MESSAGE,SELF_SUPPRESSION_MESSAGE,SUPPRESSED_CAPTION,SUPPRESSED_SENTINEL,UNASSIGNED_STACK,backtrace,cause,depth,detailMessage,serialVersionUID,stackTrace,suppressedExceptions
hcls PrintStreamOrWriter,SentinelHolder,WrappedPrintStream,WrappedPrintWriter

CLSS public abstract interface java.lang.annotation.Annotation
meth public abstract boolean equals(java.lang.Object)
meth public abstract int hashCode()
meth public abstract java.lang.Class<? extends java.lang.annotation.Annotation> annotationType()
meth public abstract java.lang.String toString()

CLSS public abstract interface !annotation java.lang.annotation.Documented
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation

CLSS public abstract interface !annotation java.lang.annotation.Inherited
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation

CLSS public abstract interface !annotation java.lang.annotation.Repeatable
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation
meth public abstract java.lang.Class<? extends java.lang.annotation.Annotation> value()

CLSS public abstract interface !annotation java.lang.annotation.Retention
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation
meth public abstract java.lang.annotation.RetentionPolicy value()

CLSS public abstract interface !annotation java.lang.annotation.Target
 anno 0 java.lang.annotation.Documented()
 anno 0 java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy value=RUNTIME)
 anno 0 java.lang.annotation.Target(java.lang.annotation.ElementType[] value=[ANNOTATION_TYPE])
intf java.lang.annotation.Annotation
meth public abstract java.lang.annotation.ElementType[] value()

CLSS public abstract interface java.lang.constant.Constable
meth public abstract java.util.Optional<? extends java.lang.constant.ConstantDesc> describeConstable()

