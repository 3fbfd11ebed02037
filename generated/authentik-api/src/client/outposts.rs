//! Operations tagged `outposts` (34).
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

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
        body: &models::OutpostRequest,
    ) -> ResponseFuture<models::Outpost> {
        rt::operation!(Post "/outposts/instances/" "outposts_instances_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Global default outpost config
    ///
    /// `GET /outposts/instances/default_settings/` (`outposts_instances_default_settings_retrieve`).
    pub fn instances_default_settings_retrieve(
        &self,
    ) -> ResponseFuture<models::OutpostDefaultConfig> {
        rt::operation!(
            Get "/outposts/instances/default_settings/"
            "outposts_instances_default_settings_retrieve"
        );
        self.client.request(&OPERATION).send_json()
    }

    /// Outpost Viewset
    ///
    /// `DELETE /outposts/instances/{uuid}/` (`outposts_instances_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Outpost.
    pub fn instances_destroy(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/outposts/instances/{uuid}/" "outposts_instances_destroy"
        );
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
    ) -> ResponseFuture<Vec<models::OutpostHealth>> {
        rt::operation!(
            Get "/outposts/instances/{uuid}/health/" "outposts_instances_health_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.params(params);
        request.send_json()
    }

    fn instances_list_request(&self, params: &InstancesListParams) -> rt::Request {
        rt::operation!(Get "/outposts/instances/" "outposts_instances_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedOutpostList> {
        self.instances_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::instances_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn instances_list_stream(
        &self,
        params: &InstancesListParams,
    ) -> PageStream<models::Outpost> {
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
        body: &models::PatchedOutpostRequest,
    ) -> ResponseFuture<models::Outpost> {
        rt::operation!(
            Patch "/outposts/instances/{uuid}/" "outposts_instances_partial_update"
        );
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
    ) -> ResponseFuture<models::Outpost> {
        rt::operation!(Get "/outposts/instances/{uuid}/" "outposts_instances_retrieve");
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
        body: &models::OutpostRequest,
    ) -> ResponseFuture<models::Outpost> {
        rt::operation!(Put "/outposts/instances/{uuid}/" "outposts_instances_update");
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/outposts/instances/{uuid}/used_by/" "outposts_instances_used_by_list"
        );
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
    ) -> ResponseFuture<models::LDAPCheckAccess> {
        rt::operation!(
            Get "/outposts/ldap/{id}/check_access/" "outposts_ldap_access_check"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.params(params);
        request.send_json()
    }

    fn ldap_list_request(&self, params: &LdapListParams) -> rt::Request {
        rt::operation!(Get "/outposts/ldap/" "outposts_ldap_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedLDAPOutpostConfigList> {
        self.ldap_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::ldap_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn ldap_list_stream(
        &self,
        params: &LdapListParams,
    ) -> PageStream<models::LDAPOutpostConfig> {
        self.ldap_list_request(params).paginate()
    }

    fn proxy_list_request(&self, params: &ProxyListParams) -> rt::Request {
        rt::operation!(Get "/outposts/proxy/" "outposts_proxy_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedProxyOutpostConfigList> {
        self.proxy_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::proxy_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn proxy_list_stream(
        &self,
        params: &ProxyListParams,
    ) -> PageStream<models::ProxyOutpostConfig> {
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
    ) -> ResponseFuture<models::RadiusCheckAccess> {
        rt::operation!(
            Get "/outposts/radius/{id}/check_access/" "outposts_radius_access_check"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.params(params);
        request.send_json()
    }

    fn radius_list_request(&self, params: &RadiusListParams) -> rt::Request {
        rt::operation!(Get "/outposts/radius/" "outposts_radius_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedRadiusOutpostConfigList> {
        self.radius_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::radius_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn radius_list_stream(
        &self,
        params: &RadiusListParams,
    ) -> PageStream<models::RadiusOutpostConfig> {
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
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/outposts/service_connections/all/{uuid}/"
            "outposts_service_connections_all_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn service_connections_all_list_request(
        &self,
        params: &ServiceConnectionsAllListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/outposts/service_connections/all/"
            "outposts_service_connections_all_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedServiceConnectionList> {
        self.service_connections_all_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::service_connections_all_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn service_connections_all_list_stream(
        &self,
        params: &ServiceConnectionsAllListParams,
    ) -> PageStream<models::ServiceConnection> {
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
    ) -> ResponseFuture<models::ServiceConnection> {
        rt::operation!(
            Get "/outposts/service_connections/all/{uuid}/"
            "outposts_service_connections_all_retrieve"
        );
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
    ) -> ResponseFuture<models::ServiceConnectionState> {
        rt::operation!(
            Get "/outposts/service_connections/all/{uuid}/state/"
            "outposts_service_connections_all_state_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Get all creatable types
    ///
    /// `GET /outposts/service_connections/all/types/` (`outposts_service_connections_all_types_list`).
    pub fn service_connections_all_types_list(
        &self,
    ) -> ResponseFuture<Vec<models::TypeCreate>> {
        rt::operation!(
            Get "/outposts/service_connections/all/types/"
            "outposts_service_connections_all_types_list"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/outposts/service_connections/all/{uuid}/used_by/"
            "outposts_service_connections_all_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// DockerServiceConnection Viewset
    ///
    /// `POST /outposts/service_connections/docker/` (`outposts_service_connections_docker_create`).
    pub fn service_connections_docker_create(
        &self,
        body: &models::DockerServiceConnectionRequest,
    ) -> ResponseFuture<models::DockerServiceConnection> {
        rt::operation!(
            Post "/outposts/service_connections/docker/"
            "outposts_service_connections_docker_create"
        );
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
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/outposts/service_connections/docker/{uuid}/"
            "outposts_service_connections_docker_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn service_connections_docker_list_request(
        &self,
        params: &ServiceConnectionsDockerListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/outposts/service_connections/docker/"
            "outposts_service_connections_docker_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedDockerServiceConnectionList> {
        self.service_connections_docker_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::service_connections_docker_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn service_connections_docker_list_stream(
        &self,
        params: &ServiceConnectionsDockerListParams,
    ) -> PageStream<models::DockerServiceConnection> {
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
        body: &models::PatchedDockerServiceConnectionRequest,
    ) -> ResponseFuture<models::DockerServiceConnection> {
        rt::operation!(
            Patch "/outposts/service_connections/docker/{uuid}/"
            "outposts_service_connections_docker_partial_update"
        );
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
    ) -> ResponseFuture<models::DockerServiceConnection> {
        rt::operation!(
            Get "/outposts/service_connections/docker/{uuid}/"
            "outposts_service_connections_docker_retrieve"
        );
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
        body: &models::DockerServiceConnectionRequest,
    ) -> ResponseFuture<models::DockerServiceConnection> {
        rt::operation!(
            Put "/outposts/service_connections/docker/{uuid}/"
            "outposts_service_connections_docker_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/outposts/service_connections/docker/{uuid}/used_by/"
            "outposts_service_connections_docker_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// KubernetesServiceConnection Viewset
    ///
    /// `POST /outposts/service_connections/kubernetes/` (`outposts_service_connections_kubernetes_create`).
    pub fn service_connections_kubernetes_create(
        &self,
        body: &models::KubernetesServiceConnectionRequest,
    ) -> ResponseFuture<models::KubernetesServiceConnection> {
        rt::operation!(
            Post "/outposts/service_connections/kubernetes/"
            "outposts_service_connections_kubernetes_create"
        );
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
    ) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/outposts/service_connections/kubernetes/{uuid}/"
            "outposts_service_connections_kubernetes_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn service_connections_kubernetes_list_request(
        &self,
        params: &ServiceConnectionsKubernetesListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/outposts/service_connections/kubernetes/"
            "outposts_service_connections_kubernetes_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedKubernetesServiceConnectionList> {
        self.service_connections_kubernetes_list_request(params).send_json()
    }

    /// Every item of [`OutpostsApi::service_connections_kubernetes_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn service_connections_kubernetes_list_stream(
        &self,
        params: &ServiceConnectionsKubernetesListParams,
    ) -> PageStream<models::KubernetesServiceConnection> {
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
        body: &models::PatchedKubernetesServiceConnectionRequest,
    ) -> ResponseFuture<models::KubernetesServiceConnection> {
        rt::operation!(
            Patch "/outposts/service_connections/kubernetes/{uuid}/"
            "outposts_service_connections_kubernetes_partial_update"
        );
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
    ) -> ResponseFuture<models::KubernetesServiceConnection> {
        rt::operation!(
            Get "/outposts/service_connections/kubernetes/{uuid}/"
            "outposts_service_connections_kubernetes_retrieve"
        );
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
        body: &models::KubernetesServiceConnectionRequest,
    ) -> ResponseFuture<models::KubernetesServiceConnection> {
        rt::operation!(
            Put "/outposts/service_connections/kubernetes/{uuid}/"
            "outposts_service_connections_kubernetes_update"
        );
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/outposts/service_connections/kubernetes/{uuid}/used_by/"
            "outposts_service_connections_kubernetes_used_by_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`OutpostsApi::instances_health_list`] (`outposts_instances_health_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct InstancesHealthListParams {
        pub managed_icontains: Option<String> => query "managed__icontains",
        pub managed_iexact: Option<String> => query "managed__iexact",
        pub name_icontains: Option<String> => query "name__icontains",
        pub name_iexact: Option<String> => query "name__iexact",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        pub providers_isnull: Option<bool> => query "providers__isnull",
        pub providers_by_pk: Option<Vec<i64>> => query "providers_by_pk",
        /// A search term.
        pub search: Option<String> => query "search",
        pub service_connection_name_icontains: Option<String> => query "service_connection__name__icontains",
        pub service_connection_name_iexact: Option<String> => query "service_connection__name__iexact",
    }
}

rt::params! {
    /// Optional parameters of [`OutpostsApi::instances_list`] (`outposts_instances_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct InstancesListParams {
        pub managed_icontains: Option<String> => query "managed__icontains",
        pub managed_iexact: Option<String> => query "managed__iexact",
        pub name_icontains: Option<String> => query "name__icontains",
        pub name_iexact: Option<String> => query "name__iexact",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub providers_isnull: Option<bool> => query "providers__isnull",
        pub providers_by_pk: Option<Vec<i64>> => query "providers_by_pk",
        /// A search term.
        pub search: Option<String> => query "search",
        pub service_connection_name_icontains: Option<String> => query "service_connection__name__icontains",
        pub service_connection_name_iexact: Option<String> => query "service_connection__name__iexact",
    }
}

rt::params! {
    /// Optional parameters of [`OutpostsApi::ldap_access_check`] (`outposts_ldap_access_check`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct LdapAccessCheckParams {
        pub app_slug: Option<String> => query "app_slug",
    }
}

rt::params! {
    /// Optional parameters of [`OutpostsApi::ldap_list`] (`outposts_ldap_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct LdapListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`OutpostsApi::proxy_list`] (`outposts_proxy_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ProxyListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`OutpostsApi::radius_access_check`] (`outposts_radius_access_check`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RadiusAccessCheckParams {
        pub app_slug: Option<String> => query "app_slug",
    }
}

rt::params! {
    /// Optional parameters of [`OutpostsApi::radius_list`] (`outposts_radius_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RadiusListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`OutpostsApi::service_connections_all_list`] (`outposts_service_connections_all_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ServiceConnectionsAllListParams {
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`OutpostsApi::service_connections_docker_list`] (`outposts_service_connections_docker_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ServiceConnectionsDockerListParams {
        pub local: Option<bool> => query "local",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub tls_authentication: Option<::uuid::Uuid> => query "tls_authentication",
        pub tls_verification: Option<::uuid::Uuid> => query "tls_verification",
        pub url: Option<String> => query "url",
    }
}

rt::params! {
    /// Optional parameters of [`OutpostsApi::service_connections_kubernetes_list`] (`outposts_service_connections_kubernetes_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct ServiceConnectionsKubernetesListParams {
        pub local: Option<bool> => query "local",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}
