//! Operations tagged `outposts` (34).
use super::runtime::client as rt;

/// The operations tagged `outposts`: `client.outposts()`.
#[derive(Clone, Copy, Debug)]
pub struct OutpostsApi<'a> {
    pub(super) client: &'a super::Client,
}

impl OutpostsApi<'_> {
    /// Outpost Viewset
    ///
    /// `POST /outposts/instances/` (`outposts_instances_create`).
    pub fn instances_create(
        &self,
        body: &super::models::OutpostRequest,
    ) -> super::ResponseFuture<super::models::Outpost> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_instances_create",
            method: rt::Method::Post,
            path: "/outposts/instances/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Global default outpost config
    ///
    /// `GET /outposts/instances/default_settings/` (`outposts_instances_default_settings_retrieve`).
    pub fn instances_default_settings_retrieve(
        &self,
    ) -> super::ResponseFuture<super::models::OutpostDefaultConfig> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_instances_default_settings_retrieve",
            method: rt::Method::Get,
            path: "/outposts/instances/default_settings/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Outpost Viewset
    ///
    /// `DELETE /outposts/instances/{uuid}/` (`outposts_instances_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Outpost.
    pub fn instances_destroy(&self, uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_instances_destroy",
            method: rt::Method::Delete,
            path: "/outposts/instances/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    /// Get outposts current health
    ///
    /// `GET /outposts/instances/{uuid}/health/` (`outposts_instances_health_list`).
    ///
    /// - `uuid`: A UUID string identifying this Outpost.
    ///
    /// Optional parameters: [`InstancesHealthListParams`].
    pub fn instances_health_list(
        &self,
        uuid: ::uuid::Uuid,
        params: &InstancesHealthListParams,
    ) -> super::ResponseFuture<Vec<super::models::OutpostHealth>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_instances_health_list",
            method: rt::Method::Get,
            path: "/outposts/instances/{uuid}/health/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.query("managed__icontains", &params.managed_icontains);
        request.query("managed__iexact", &params.managed_iexact);
        request.query("name__icontains", &params.name_icontains);
        request.query("name__iexact", &params.name_iexact);
        request.query("ordering", &params.ordering);
        request.query("providers__isnull", &params.providers_isnull);
        request.query("providers_by_pk", &params.providers_by_pk);
        request.query("search", &params.search);
        request
            .query(
                "service_connection__name__icontains",
                &params.service_connection_name_icontains,
            );
        request
            .query(
                "service_connection__name__iexact",
                &params.service_connection_name_iexact,
            );
        request.send_json()
    }

    fn instances_list_request(&self, params: &InstancesListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_instances_list",
            method: rt::Method::Get,
            path: "/outposts/instances/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("managed__icontains", &params.managed_icontains);
        request.query("managed__iexact", &params.managed_iexact);
        request.query("name__icontains", &params.name_icontains);
        request.query("name__iexact", &params.name_iexact);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("providers__isnull", &params.providers_isnull);
        request.query("providers_by_pk", &params.providers_by_pk);
        request.query("search", &params.search);
        request
            .query(
                "service_connection__name__icontains",
                &params.service_connection_name_icontains,
            );
        request
            .query(
                "service_connection__name__iexact",
                &params.service_connection_name_iexact,
            );
        request
    }

    /// Outpost Viewset
    ///
    /// `GET /outposts/instances/` (`outposts_instances_list`).
    ///
    /// Optional parameters: [`InstancesListParams`].
    pub fn instances_list(
        &self,
        params: &InstancesListParams,
    ) -> super::ResponseFuture<super::models::PaginatedOutpostList> {
        self.instances_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::instances_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn instances_list_stream(
        &self,
        params: &InstancesListParams,
    ) -> super::PageStream<super::models::Outpost> {
        self.instances_list_request(params).paginate()
    }

    /// Outpost Viewset
    ///
    /// `PATCH /outposts/instances/{uuid}/` (`outposts_instances_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Outpost.
    pub fn instances_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::PatchedOutpostRequest,
    ) -> super::ResponseFuture<super::models::Outpost> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_instances_partial_update",
            method: rt::Method::Patch,
            path: "/outposts/instances/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Outpost Viewset
    ///
    /// `GET /outposts/instances/{uuid}/` (`outposts_instances_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Outpost.
    pub fn instances_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::Outpost> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_instances_retrieve",
            method: rt::Method::Get,
            path: "/outposts/instances/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Outpost Viewset
    ///
    /// `PUT /outposts/instances/{uuid}/` (`outposts_instances_update`).
    ///
    /// - `uuid`: A UUID string identifying this Outpost.
    pub fn instances_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::OutpostRequest,
    ) -> super::ResponseFuture<super::models::Outpost> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_instances_update",
            method: rt::Method::Put,
            path: "/outposts/instances/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /outposts/instances/{uuid}/used_by/` (`outposts_instances_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Outpost.
    pub fn instances_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_instances_used_by_list",
            method: rt::Method::Get,
            path: "/outposts/instances/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Check access to a single application by slug
    ///
    /// `GET /outposts/ldap/{id}/check_access/` (`outposts_ldap_access_check`).
    ///
    /// - `id`: A unique integer value identifying this LDAP Provider.
    ///
    /// Optional parameters: [`LdapAccessCheckParams`].
    pub fn ldap_access_check(
        &self,
        id: i64,
        params: &LdapAccessCheckParams,
    ) -> super::ResponseFuture<super::models::LDAPCheckAccess> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_ldap_access_check",
            method: rt::Method::Get,
            path: "/outposts/ldap/{id}/check_access/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.query("app_slug", &params.app_slug);
        request.send_json()
    }

    fn ldap_list_request(&self, params: &LdapListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_ldap_list",
            method: rt::Method::Get,
            path: "/outposts/ldap/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// LDAPProvider Viewset
    ///
    /// `GET /outposts/ldap/` (`outposts_ldap_list`).
    ///
    /// Optional parameters: [`LdapListParams`].
    pub fn ldap_list(
        &self,
        params: &LdapListParams,
    ) -> super::ResponseFuture<super::models::PaginatedLDAPOutpostConfigList> {
        self.ldap_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn ldap_list_stream(
        &self,
        params: &LdapListParams,
    ) -> super::PageStream<super::models::LDAPOutpostConfig> {
        self.ldap_list_request(params).paginate()
    }

    fn proxy_list_request(&self, params: &ProxyListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_proxy_list",
            method: rt::Method::Get,
            path: "/outposts/proxy/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// ProxyProvider Viewset
    ///
    /// `GET /outposts/proxy/` (`outposts_proxy_list`).
    ///
    /// Optional parameters: [`ProxyListParams`].
    pub fn proxy_list(
        &self,
        params: &ProxyListParams,
    ) -> super::ResponseFuture<super::models::PaginatedProxyOutpostConfigList> {
        self.proxy_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::proxy_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn proxy_list_stream(
        &self,
        params: &ProxyListParams,
    ) -> super::PageStream<super::models::ProxyOutpostConfig> {
        self.proxy_list_request(params).paginate()
    }

    /// Check access to a single application by slug
    ///
    /// `GET /outposts/radius/{id}/check_access/` (`outposts_radius_access_check`).
    ///
    /// - `id`: A unique integer value identifying this Radius Provider.
    ///
    /// Optional parameters: [`RadiusAccessCheckParams`].
    pub fn radius_access_check(
        &self,
        id: i64,
        params: &RadiusAccessCheckParams,
    ) -> super::ResponseFuture<super::models::RadiusCheckAccess> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_radius_access_check",
            method: rt::Method::Get,
            path: "/outposts/radius/{id}/check_access/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.query("app_slug", &params.app_slug);
        request.send_json()
    }

    fn radius_list_request(&self, params: &RadiusListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_radius_list",
            method: rt::Method::Get,
            path: "/outposts/radius/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// RadiusProvider Viewset
    ///
    /// `GET /outposts/radius/` (`outposts_radius_list`).
    ///
    /// Optional parameters: [`RadiusListParams`].
    pub fn radius_list(
        &self,
        params: &RadiusListParams,
    ) -> super::ResponseFuture<super::models::PaginatedRadiusOutpostConfigList> {
        self.radius_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::radius_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn radius_list_stream(
        &self,
        params: &RadiusListParams,
    ) -> super::PageStream<super::models::RadiusOutpostConfig> {
        self.radius_list_request(params).paginate()
    }

    /// ServiceConnection Viewset
    ///
    /// `DELETE /outposts/service_connections/all/{uuid}/` (`outposts_service_connections_all_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Outpost Service-Connection.
    pub fn service_connections_all_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_all_destroy",
            method: rt::Method::Delete,
            path: "/outposts/service_connections/all/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn service_connections_all_list_request(
        &self,
        params: &ServiceConnectionsAllListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_all_list",
            method: rt::Method::Get,
            path: "/outposts/service_connections/all/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// ServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/all/` (`outposts_service_connections_all_list`).
    ///
    /// Optional parameters: [`ServiceConnectionsAllListParams`].
    pub fn service_connections_all_list(
        &self,
        params: &ServiceConnectionsAllListParams,
    ) -> super::ResponseFuture<super::models::PaginatedServiceConnectionList> {
        self.service_connections_all_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::service_connections_all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn service_connections_all_list_stream(
        &self,
        params: &ServiceConnectionsAllListParams,
    ) -> super::PageStream<super::models::ServiceConnection> {
        self.service_connections_all_list_request(params).paginate()
    }

    /// ServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/all/{uuid}/` (`outposts_service_connections_all_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Outpost Service-Connection.
    pub fn service_connections_all_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::ServiceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_all_retrieve",
            method: rt::Method::Get,
            path: "/outposts/service_connections/all/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Get the service connection's state
    ///
    /// `GET /outposts/service_connections/all/{uuid}/state/` (`outposts_service_connections_all_state_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Outpost Service-Connection.
    pub fn service_connections_all_state_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::ServiceConnectionState> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_all_state_retrieve",
            method: rt::Method::Get,
            path: "/outposts/service_connections/all/{uuid}/state/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /outposts/service_connections/all/types/` (`outposts_service_connections_all_types_list`).
    pub fn service_connections_all_types_list(
        &self,
    ) -> super::ResponseFuture<Vec<super::models::TypeCreate>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_all_types_list",
            method: rt::Method::Get,
            path: "/outposts/service_connections/all/types/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        self.client.request(&OPERATION).send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /outposts/service_connections/all/{uuid}/used_by/` (`outposts_service_connections_all_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Outpost Service-Connection.
    pub fn service_connections_all_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_all_used_by_list",
            method: rt::Method::Get,
            path: "/outposts/service_connections/all/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// DockerServiceConnection Viewset
    ///
    /// `POST /outposts/service_connections/docker/` (`outposts_service_connections_docker_create`).
    pub fn service_connections_docker_create(
        &self,
        body: &super::models::DockerServiceConnectionRequest,
    ) -> super::ResponseFuture<super::models::DockerServiceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_docker_create",
            method: rt::Method::Post,
            path: "/outposts/service_connections/docker/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// DockerServiceConnection Viewset
    ///
    /// `DELETE /outposts/service_connections/docker/{uuid}/` (`outposts_service_connections_docker_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Docker Service-Connection.
    pub fn service_connections_docker_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_docker_destroy",
            method: rt::Method::Delete,
            path: "/outposts/service_connections/docker/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn service_connections_docker_list_request(
        &self,
        params: &ServiceConnectionsDockerListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_docker_list",
            method: rt::Method::Get,
            path: "/outposts/service_connections/docker/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("local", &params.local);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("tls_authentication", &params.tls_authentication);
        request.query("tls_verification", &params.tls_verification);
        request.query("url", &params.url);
        request
    }

    /// DockerServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/docker/` (`outposts_service_connections_docker_list`).
    ///
    /// Optional parameters: [`ServiceConnectionsDockerListParams`].
    pub fn service_connections_docker_list(
        &self,
        params: &ServiceConnectionsDockerListParams,
    ) -> super::ResponseFuture<super::models::PaginatedDockerServiceConnectionList> {
        self.service_connections_docker_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::service_connections_docker_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn service_connections_docker_list_stream(
        &self,
        params: &ServiceConnectionsDockerListParams,
    ) -> super::PageStream<super::models::DockerServiceConnection> {
        self.service_connections_docker_list_request(params).paginate()
    }

    /// DockerServiceConnection Viewset
    ///
    /// `PATCH /outposts/service_connections/docker/{uuid}/` (`outposts_service_connections_docker_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Docker Service-Connection.
    pub fn service_connections_docker_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::PatchedDockerServiceConnectionRequest,
    ) -> super::ResponseFuture<super::models::DockerServiceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_docker_partial_update",
            method: rt::Method::Patch,
            path: "/outposts/service_connections/docker/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// DockerServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/docker/{uuid}/` (`outposts_service_connections_docker_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Docker Service-Connection.
    pub fn service_connections_docker_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::DockerServiceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_docker_retrieve",
            method: rt::Method::Get,
            path: "/outposts/service_connections/docker/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// DockerServiceConnection Viewset
    ///
    /// `PUT /outposts/service_connections/docker/{uuid}/` (`outposts_service_connections_docker_update`).
    ///
    /// - `uuid`: A UUID string identifying this Docker Service-Connection.
    pub fn service_connections_docker_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::DockerServiceConnectionRequest,
    ) -> super::ResponseFuture<super::models::DockerServiceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_docker_update",
            method: rt::Method::Put,
            path: "/outposts/service_connections/docker/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /outposts/service_connections/docker/{uuid}/used_by/` (`outposts_service_connections_docker_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Docker Service-Connection.
    pub fn service_connections_docker_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_docker_used_by_list",
            method: rt::Method::Get,
            path: "/outposts/service_connections/docker/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// KubernetesServiceConnection Viewset
    ///
    /// `POST /outposts/service_connections/kubernetes/` (`outposts_service_connections_kubernetes_create`).
    pub fn service_connections_kubernetes_create(
        &self,
        body: &super::models::KubernetesServiceConnectionRequest,
    ) -> super::ResponseFuture<super::models::KubernetesServiceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_kubernetes_create",
            method: rt::Method::Post,
            path: "/outposts/service_connections/kubernetes/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// KubernetesServiceConnection Viewset
    ///
    /// `DELETE /outposts/service_connections/kubernetes/{uuid}/` (`outposts_service_connections_kubernetes_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Kubernetes Service-Connection.
    pub fn service_connections_kubernetes_destroy(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_kubernetes_destroy",
            method: rt::Method::Delete,
            path: "/outposts/service_connections/kubernetes/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn service_connections_kubernetes_list_request(
        &self,
        params: &ServiceConnectionsKubernetesListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_kubernetes_list",
            method: rt::Method::Get,
            path: "/outposts/service_connections/kubernetes/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("local", &params.local);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// KubernetesServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/kubernetes/` (`outposts_service_connections_kubernetes_list`).
    ///
    /// Optional parameters: [`ServiceConnectionsKubernetesListParams`].
    pub fn service_connections_kubernetes_list(
        &self,
        params: &ServiceConnectionsKubernetesListParams,
    ) -> super::ResponseFuture<super::models::PaginatedKubernetesServiceConnectionList> {
        self.service_connections_kubernetes_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::service_connections_kubernetes_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn service_connections_kubernetes_list_stream(
        &self,
        params: &ServiceConnectionsKubernetesListParams,
    ) -> super::PageStream<super::models::KubernetesServiceConnection> {
        self.service_connections_kubernetes_list_request(params).paginate()
    }

    /// KubernetesServiceConnection Viewset
    ///
    /// `PATCH /outposts/service_connections/kubernetes/{uuid}/` (`outposts_service_connections_kubernetes_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Kubernetes Service-Connection.
    pub fn service_connections_kubernetes_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::PatchedKubernetesServiceConnectionRequest,
    ) -> super::ResponseFuture<super::models::KubernetesServiceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_kubernetes_partial_update",
            method: rt::Method::Patch,
            path: "/outposts/service_connections/kubernetes/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// KubernetesServiceConnection Viewset
    ///
    /// `GET /outposts/service_connections/kubernetes/{uuid}/` (`outposts_service_connections_kubernetes_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Kubernetes Service-Connection.
    pub fn service_connections_kubernetes_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::KubernetesServiceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_kubernetes_retrieve",
            method: rt::Method::Get,
            path: "/outposts/service_connections/kubernetes/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// KubernetesServiceConnection Viewset
    ///
    /// `PUT /outposts/service_connections/kubernetes/{uuid}/` (`outposts_service_connections_kubernetes_update`).
    ///
    /// - `uuid`: A UUID string identifying this Kubernetes Service-Connection.
    pub fn service_connections_kubernetes_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::KubernetesServiceConnectionRequest,
    ) -> super::ResponseFuture<super::models::KubernetesServiceConnection> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_kubernetes_update",
            method: rt::Method::Put,
            path: "/outposts/service_connections/kubernetes/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /outposts/service_connections/kubernetes/{uuid}/used_by/` (`outposts_service_connections_kubernetes_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Kubernetes Service-Connection.
    pub fn service_connections_kubernetes_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "outposts_service_connections_kubernetes_used_by_list",
            method: rt::Method::Get,
            path: "/outposts/service_connections/kubernetes/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }
}

/// Optional parameters of [`OutpostsApi::instances_health_list`] (`outposts_instances_health_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InstancesHealthListParams {
    /// Query parameter `managed__icontains`.
    pub managed_icontains: Option<String>,
    /// Query parameter `managed__iexact`.
    pub managed_iexact: Option<String>,
    /// Query parameter `name__icontains`.
    pub name_icontains: Option<String>,
    /// Query parameter `name__iexact`.
    pub name_iexact: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// Query parameter `providers__isnull`.
    pub providers_isnull: Option<bool>,
    /// Query parameter `providers_by_pk`.
    pub providers_by_pk: Option<Vec<i64>>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `service_connection__name__icontains`.
    pub service_connection_name_icontains: Option<String>,
    /// Query parameter `service_connection__name__iexact`.
    pub service_connection_name_iexact: Option<String>,
}

/// Optional parameters of [`OutpostsApi::instances_list`] (`outposts_instances_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InstancesListParams {
    /// Query parameter `managed__icontains`.
    pub managed_icontains: Option<String>,
    /// Query parameter `managed__iexact`.
    pub managed_iexact: Option<String>,
    /// Query parameter `name__icontains`.
    pub name_icontains: Option<String>,
    /// Query parameter `name__iexact`.
    pub name_iexact: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    ///
    /// Query parameter `page`.
    pub page: Option<i64>,
    /// Number of results to return per page.
    ///
    /// Query parameter `page_size`.
    pub page_size: Option<i64>,
    /// Query parameter `providers__isnull`.
    pub providers_isnull: Option<bool>,
    /// Query parameter `providers_by_pk`.
    pub providers_by_pk: Option<Vec<i64>>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `service_connection__name__icontains`.
    pub service_connection_name_icontains: Option<String>,
    /// Query parameter `service_connection__name__iexact`.
    pub service_connection_name_iexact: Option<String>,
}

/// Optional parameters of [`OutpostsApi::ldap_access_check`] (`outposts_ldap_access_check`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LdapAccessCheckParams {
    /// Query parameter `app_slug`.
    pub app_slug: Option<String>,
}

/// Optional parameters of [`OutpostsApi::ldap_list`] (`outposts_ldap_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LdapListParams {
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    ///
    /// Query parameter `page`.
    pub page: Option<i64>,
    /// Number of results to return per page.
    ///
    /// Query parameter `page_size`.
    pub page_size: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`OutpostsApi::proxy_list`] (`outposts_proxy_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProxyListParams {
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    ///
    /// Query parameter `page`.
    pub page: Option<i64>,
    /// Number of results to return per page.
    ///
    /// Query parameter `page_size`.
    pub page_size: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`OutpostsApi::radius_access_check`] (`outposts_radius_access_check`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RadiusAccessCheckParams {
    /// Query parameter `app_slug`.
    pub app_slug: Option<String>,
}

/// Optional parameters of [`OutpostsApi::radius_list`] (`outposts_radius_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RadiusListParams {
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    ///
    /// Query parameter `page`.
    pub page: Option<i64>,
    /// Number of results to return per page.
    ///
    /// Query parameter `page_size`.
    pub page_size: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`OutpostsApi::service_connections_all_list`] (`outposts_service_connections_all_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceConnectionsAllListParams {
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    ///
    /// Query parameter `page`.
    pub page: Option<i64>,
    /// Number of results to return per page.
    ///
    /// Query parameter `page_size`.
    pub page_size: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`OutpostsApi::service_connections_docker_list`] (`outposts_service_connections_docker_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceConnectionsDockerListParams {
    /// Query parameter `local`.
    pub local: Option<bool>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    ///
    /// Query parameter `page`.
    pub page: Option<i64>,
    /// Number of results to return per page.
    ///
    /// Query parameter `page_size`.
    pub page_size: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
    /// Query parameter `tls_authentication`.
    pub tls_authentication: Option<::uuid::Uuid>,
    /// Query parameter `tls_verification`.
    pub tls_verification: Option<::uuid::Uuid>,
    /// Query parameter `url`.
    pub url: Option<String>,
}

/// Optional parameters of [`OutpostsApi::service_connections_kubernetes_list`] (`outposts_service_connections_kubernetes_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ServiceConnectionsKubernetesListParams {
    /// Query parameter `local`.
    pub local: Option<bool>,
    /// Query parameter `name`.
    pub name: Option<String>,
    /// Which field to use when ordering the results.
    ///
    /// Query parameter `ordering`.
    pub ordering: Option<String>,
    /// A page number within the paginated result set.
    ///
    /// Query parameter `page`.
    pub page: Option<i64>,
    /// Number of results to return per page.
    ///
    /// Query parameter `page_size`.
    pub page_size: Option<i64>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}
