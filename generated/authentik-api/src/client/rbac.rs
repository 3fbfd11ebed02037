//! Operations tagged `rbac` (22).
use super::runtime::client as rt;

/// The operations tagged `rbac`: `client.rbac()`.
#[derive(Clone, Copy, Debug)]
pub struct RbacApi<'a> {
    pub(super) client: &'a super::Client,
}

impl RbacApi<'_> {
    /// InitialPermissions viewset
    ///
    /// `POST /rbac/initial_permissions/` (`rbac_initial_permissions_create`).
    pub fn initial_permissions_create(
        &self,
        body: &super::models::InitialPermissionsRequest,
    ) -> super::ResponseFuture<super::models::InitialPermissions> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_initial_permissions_create",
            method: rt::Method::Post,
            path: "/rbac/initial_permissions/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// InitialPermissions viewset
    ///
    /// `DELETE /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_destroy`).
    ///
    /// - `id`: A unique integer value identifying this Initial Permissions.
    pub fn initial_permissions_destroy(&self, id: i64) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_initial_permissions_destroy",
            method: rt::Method::Delete,
            path: "/rbac/initial_permissions/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn initial_permissions_list_request(
        &self,
        params: &InitialPermissionsListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_initial_permissions_list",
            method: rt::Method::Get,
            path: "/rbac/initial_permissions/",
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

    /// InitialPermissions viewset
    ///
    /// `GET /rbac/initial_permissions/` (`rbac_initial_permissions_list`).
    ///
    /// Optional parameters: [`InitialPermissionsListParams`].
    pub fn initial_permissions_list(
        &self,
        params: &InitialPermissionsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedInitialPermissionsList> {
        self.initial_permissions_list_request(params).send_json()
    }

    /// Every item of [`RbacApi::initial_permissions_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn initial_permissions_list_stream(
        &self,
        params: &InitialPermissionsListParams,
    ) -> super::PageStream<super::models::InitialPermissions> {
        self.initial_permissions_list_request(params).paginate()
    }

    /// InitialPermissions viewset
    ///
    /// `PATCH /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_partial_update`).
    ///
    /// - `id`: A unique integer value identifying this Initial Permissions.
    pub fn initial_permissions_partial_update(
        &self,
        id: i64,
        body: &super::models::PatchedInitialPermissionsRequest,
    ) -> super::ResponseFuture<super::models::InitialPermissions> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_initial_permissions_partial_update",
            method: rt::Method::Patch,
            path: "/rbac/initial_permissions/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// InitialPermissions viewset
    ///
    /// `GET /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this Initial Permissions.
    pub fn initial_permissions_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::InitialPermissions> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_initial_permissions_retrieve",
            method: rt::Method::Get,
            path: "/rbac/initial_permissions/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// InitialPermissions viewset
    ///
    /// `PUT /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_update`).
    ///
    /// - `id`: A unique integer value identifying this Initial Permissions.
    pub fn initial_permissions_update(
        &self,
        id: i64,
        body: &super::models::InitialPermissionsRequest,
    ) -> super::ResponseFuture<super::models::InitialPermissions> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_initial_permissions_update",
            method: rt::Method::Put,
            path: "/rbac/initial_permissions/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /rbac/initial_permissions/{id}/used_by/` (`rbac_initial_permissions_used_by_list`).
    ///
    /// - `id`: A unique integer value identifying this Initial Permissions.
    pub fn initial_permissions_used_by_list(
        &self,
        id: i64,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_initial_permissions_used_by_list",
            method: rt::Method::Get,
            path: "/rbac/initial_permissions/{id}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Assign permission(s) to role. When `object_pk` is set, the permissions
    /// are only assigned to the specific object, otherwise they are assigned globally.
    ///
    /// `POST /rbac/permissions/assigned_by_roles/{uuid}/assign/` (`rbac_permissions_assigned_by_roles_assign`).
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn permissions_assigned_by_roles_assign(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::PermissionAssignRequest,
    ) -> super::ResponseFuture<Vec<super::models::PermissionAssignResult>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_permissions_assigned_by_roles_assign",
            method: rt::Method::Post,
            path: "/rbac/permissions/assigned_by_roles/{uuid}/assign/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    fn permissions_assigned_by_roles_list_request(
        &self,
        model: &str,
        params: &PermissionsAssignedByRolesListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_permissions_assigned_by_roles_list",
            method: rt::Method::Get,
            path: "/rbac/permissions/assigned_by_roles/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("model", model);
        request.query("object_pk", &params.object_pk);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request
    }

    /// Get assigned object permissions for a single object
    ///
    /// `GET /rbac/permissions/assigned_by_roles/` (`rbac_permissions_assigned_by_roles_list`).
    ///
    /// - `model`
    ///
    /// Optional parameters: [`PermissionsAssignedByRolesListParams`].
    pub fn permissions_assigned_by_roles_list(
        &self,
        model: &str,
        params: &PermissionsAssignedByRolesListParams,
    ) -> super::ResponseFuture<
        super::models::PaginatedRoleAssignedObjectPermissionList,
    > {
        self.permissions_assigned_by_roles_list_request(model, params).send_json()
    }

    /// Every item of [`RbacApi::permissions_assigned_by_roles_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn permissions_assigned_by_roles_list_stream(
        &self,
        model: &str,
        params: &PermissionsAssignedByRolesListParams,
    ) -> super::PageStream<super::models::RoleAssignedObjectPermission> {
        self.permissions_assigned_by_roles_list_request(model, params).paginate()
    }

    /// Unassign permission(s) to role. When `object_pk` is set, the permissions
    /// are only assigned to the specific object, otherwise they are assigned globally.
    ///
    /// `PATCH /rbac/permissions/assigned_by_roles/{uuid}/unassign/` (`rbac_permissions_assigned_by_roles_unassign_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn permissions_assigned_by_roles_unassign_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::PatchedPermissionAssignRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_permissions_assigned_by_roles_unassign_partial_update",
            method: rt::Method::Patch,
            path: "/rbac/permissions/assigned_by_roles/{uuid}/unassign/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_empty()
    }

    fn permissions_list_request(&self, params: &PermissionsListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_permissions_list",
            method: rt::Method::Get,
            path: "/rbac/permissions/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("codename", &params.codename);
        request.query("content_type__app_label", &params.content_type_app_label);
        request.query("content_type__model", &params.content_type_model);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("role", &params.role);
        request.query("search", &params.search);
        request
    }

    /// Read-only list of all permissions, filterable by model and app
    ///
    /// `GET /rbac/permissions/` (`rbac_permissions_list`).
    ///
    /// Optional parameters: [`PermissionsListParams`].
    pub fn permissions_list(
        &self,
        params: &PermissionsListParams,
    ) -> super::ResponseFuture<super::models::PaginatedPermissionList> {
        self.permissions_list_request(params).send_json()
    }

    /// Every item of [`RbacApi::permissions_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn permissions_list_stream(
        &self,
        params: &PermissionsListParams,
    ) -> super::PageStream<super::models::Permission> {
        self.permissions_list_request(params).paginate()
    }

    /// Read-only list of all permissions, filterable by model and app
    ///
    /// `GET /rbac/permissions/{id}/` (`rbac_permissions_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this permission.
    pub fn permissions_retrieve(
        &self,
        id: i64,
    ) -> super::ResponseFuture<super::models::Permission> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_permissions_retrieve",
            method: rt::Method::Get,
            path: "/rbac/permissions/{id}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    fn permissions_roles_list_request(
        &self,
        params: &PermissionsRolesListParams,
    ) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_permissions_roles_list",
            method: rt::Method::Get,
            path: "/rbac/permissions/roles/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("uuid", &params.uuid);
        request
    }

    /// Get a role's assigned object permissions
    ///
    /// `GET /rbac/permissions/roles/` (`rbac_permissions_roles_list`).
    ///
    /// Optional parameters: [`PermissionsRolesListParams`].
    pub fn permissions_roles_list(
        &self,
        params: &PermissionsRolesListParams,
    ) -> super::ResponseFuture<super::models::PaginatedExtraRoleObjectPermissionList> {
        self.permissions_roles_list_request(params).send_json()
    }

    /// Every item of [`RbacApi::permissions_roles_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn permissions_roles_list_stream(
        &self,
        params: &PermissionsRolesListParams,
    ) -> super::PageStream<super::models::ExtraRoleObjectPermission> {
        self.permissions_roles_list_request(params).paginate()
    }

    /// Add user to role
    ///
    /// `POST /rbac/roles/{uuid}/add_user/` (`rbac_roles_add_user_create`).
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn roles_add_user_create(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::UserAccountSerializerForRoleRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_roles_add_user_create",
            method: rt::Method::Post,
            path: "/rbac/roles/{uuid}/add_user/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_404,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_empty()
    }

    /// Role viewset
    ///
    /// `POST /rbac/roles/` (`rbac_roles_create`).
    pub fn roles_create(
        &self,
        body: &super::models::RoleRequest,
    ) -> super::ResponseFuture<super::models::Role> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_roles_create",
            method: rt::Method::Post,
            path: "/rbac/roles/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Role viewset
    ///
    /// `DELETE /rbac/roles/{uuid}/` (`rbac_roles_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn roles_destroy(&self, uuid: ::uuid::Uuid) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_roles_destroy",
            method: rt::Method::Delete,
            path: "/rbac/roles/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn roles_list_request(&self, params: &RolesListParams) -> rt::Request {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_roles_list",
            method: rt::Method::Get,
            path: "/rbac/roles/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.query("groups", &params.groups);
        request.query("inherited", &params.inherited);
        request.query("managed", &params.managed);
        request.query("managed__isnull", &params.managed_isnull);
        request.query("name", &params.name);
        request.query("ordering", &params.ordering);
        request.query("page", &params.page);
        request.query("page_size", &params.page_size);
        request.query("search", &params.search);
        request.query("users", &params.users);
        request
    }

    /// Role viewset
    ///
    /// `GET /rbac/roles/` (`rbac_roles_list`).
    ///
    /// Optional parameters: [`RolesListParams`].
    pub fn roles_list(
        &self,
        params: &RolesListParams,
    ) -> super::ResponseFuture<super::models::PaginatedRoleList> {
        self.roles_list_request(params).send_json()
    }

    /// Every item of [`RbacApi::roles_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn roles_list_stream(
        &self,
        params: &RolesListParams,
    ) -> super::PageStream<super::models::Role> {
        self.roles_list_request(params).paginate()
    }

    /// Role viewset
    ///
    /// `PATCH /rbac/roles/{uuid}/` (`rbac_roles_partial_update`).
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn roles_partial_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::PatchedRoleRequest,
    ) -> super::ResponseFuture<super::models::Role> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_roles_partial_update",
            method: rt::Method::Patch,
            path: "/rbac/roles/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Remove user from role
    ///
    /// `POST /rbac/roles/{uuid}/remove_user/` (`rbac_roles_remove_user_create`).
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn roles_remove_user_create(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::UserAccountSerializerForRoleRequest,
    ) -> super::ResponseFuture<()> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_roles_remove_user_create",
            method: rt::Method::Post,
            path: "/rbac/roles/{uuid}/remove_user/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403_404,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_empty()
    }

    /// Role viewset
    ///
    /// `GET /rbac/roles/{uuid}/` (`rbac_roles_retrieve`).
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn roles_retrieve(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<super::models::Role> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_roles_retrieve",
            method: rt::Method::Get,
            path: "/rbac/roles/{uuid}/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }

    /// Role viewset
    ///
    /// `PUT /rbac/roles/{uuid}/` (`rbac_roles_update`).
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn roles_update(
        &self,
        uuid: ::uuid::Uuid,
        body: &super::models::RoleRequest,
    ) -> super::ResponseFuture<super::models::Role> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_roles_update",
            method: rt::Method::Put,
            path: "/rbac/roles/{uuid}/",
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
    /// `GET /rbac/roles/{uuid}/used_by/` (`rbac_roles_used_by_list`).
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn roles_used_by_list(
        &self,
        uuid: ::uuid::Uuid,
    ) -> super::ResponseFuture<Vec<super::models::UsedBy>> {
        static OPERATION: rt::Operation = rt::Operation {
            id: "rbac_roles_used_by_list",
            method: rt::Method::Get,
            path: "/rbac/roles/{uuid}/used_by/",
            security: super::SECURITY_AUTHENTIK,
            errors: super::ERRORS_400_403,
        };
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }
}

/// Optional parameters of [`RbacApi::initial_permissions_list`] (`rbac_initial_permissions_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InitialPermissionsListParams {
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

/// Optional parameters of [`RbacApi::permissions_assigned_by_roles_list`] (`rbac_permissions_assigned_by_roles_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PermissionsAssignedByRolesListParams {
    /// Query parameter `object_pk`.
    pub object_pk: Option<String>,
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

/// Optional parameters of [`RbacApi::permissions_list`] (`rbac_permissions_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PermissionsListParams {
    /// Query parameter `codename`.
    pub codename: Option<String>,
    /// Query parameter `content_type__app_label`.
    pub content_type_app_label: Option<String>,
    /// Query parameter `content_type__model`.
    pub content_type_model: Option<String>,
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
    /// Query parameter `role`.
    pub role: Option<String>,
    /// A search term.
    ///
    /// Query parameter `search`.
    pub search: Option<String>,
}

/// Optional parameters of [`RbacApi::permissions_roles_list`] (`rbac_permissions_roles_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PermissionsRolesListParams {
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
    /// Query parameter `uuid`.
    pub uuid: Option<::uuid::Uuid>,
}

/// Optional parameters of [`RbacApi::roles_list`] (`rbac_roles_list`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RolesListParams {
    /// Query parameter `groups`.
    pub groups: Option<::uuid::Uuid>,
    /// Include inherited roles (requires users or groups filter)
    ///
    /// Query parameter `inherited`.
    pub inherited: Option<bool>,
    /// Query parameter `managed`.
    pub managed: Option<Vec<String>>,
    /// Query parameter `managed__isnull`.
    pub managed_isnull: Option<bool>,
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
    /// Query parameter `users`.
    pub users: Option<i64>,
}
