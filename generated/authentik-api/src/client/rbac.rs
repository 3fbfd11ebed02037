//! Operations tagged `rbac` (34).
#![allow(deprecated)]
use super::runtime::client as rt;
#[allow(unused_imports)]
use super::{models, PageStream, ResponseFuture};

/// The operations tagged `rbac`: `client.rbac()`.
#[derive(Clone, Copy, Debug)]
pub struct RbacApi<'a> {
    pub(super) client: &'a super::Client,
}

impl RbacApi<'_> {
    /// InitialPermissions viewset
    ///
    /// `POST /rbac/initial_permissions/` (`rbac_initial_permissions_create`).
    /// Since 2025.6.2.
    pub fn initial_permissions_create(
        &self,
        body: &models::InitialPermissionsRequest,
    ) -> ResponseFuture<models::InitialPermissions> {
        rt::operation!(
            Post "/rbac/initial_permissions/" "rbac_initial_permissions_create"
        );
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// InitialPermissions viewset
    ///
    /// `DELETE /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_destroy`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Initial Permissions.
    pub fn initial_permissions_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/rbac/initial_permissions/{id}/" "rbac_initial_permissions_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn initial_permissions_list_request(
        &self,
        params: &InitialPermissionsListParams,
    ) -> rt::Request {
        rt::operation!(Get "/rbac/initial_permissions/" "rbac_initial_permissions_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// InitialPermissions viewset
    ///
    /// `GET /rbac/initial_permissions/` (`rbac_initial_permissions_list`).
    /// Since 2025.6.2.
    ///
    /// Optional parameters: [`InitialPermissionsListParams`].
    pub fn initial_permissions_list(
        &self,
        params: &InitialPermissionsListParams,
    ) -> ResponseFuture<models::PaginatedInitialPermissionsList> {
        self.initial_permissions_list_request(params).send_json()
    }

    /// Every item of [`RbacApi::initial_permissions_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn initial_permissions_list_stream(
        &self,
        params: &InitialPermissionsListParams,
    ) -> PageStream<models::InitialPermissions> {
        self.initial_permissions_list_request(params).paginate()
    }

    /// InitialPermissions viewset
    ///
    /// `PATCH /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_partial_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Initial Permissions.
    pub fn initial_permissions_partial_update(
        &self,
        id: i64,
        body: &models::PatchedInitialPermissionsRequest,
    ) -> ResponseFuture<models::InitialPermissions> {
        rt::operation!(
            Patch "/rbac/initial_permissions/{id}/"
            "rbac_initial_permissions_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// InitialPermissions viewset
    ///
    /// `GET /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_retrieve`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Initial Permissions.
    pub fn initial_permissions_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::InitialPermissions> {
        rt::operation!(
            Get "/rbac/initial_permissions/{id}/" "rbac_initial_permissions_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// InitialPermissions viewset
    ///
    /// `PUT /rbac/initial_permissions/{id}/` (`rbac_initial_permissions_update`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Initial Permissions.
    pub fn initial_permissions_update(
        &self,
        id: i64,
        body: &models::InitialPermissionsRequest,
    ) -> ResponseFuture<models::InitialPermissions> {
        rt::operation!(
            Put "/rbac/initial_permissions/{id}/" "rbac_initial_permissions_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a list of all objects that use this object
    ///
    /// `GET /rbac/initial_permissions/{id}/used_by/` (`rbac_initial_permissions_used_by_list`).
    /// Since 2025.6.2.
    ///
    /// - `id`: A unique integer value identifying this Initial Permissions.
    pub fn initial_permissions_used_by_list(
        &self,
        id: i64,
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(
            Get "/rbac/initial_permissions/{id}/used_by/"
            "rbac_initial_permissions_used_by_list"
        );
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
        body: &models::PermissionAssignRequest,
    ) -> ResponseFuture<Vec<models::PermissionAssignResult>> {
        rt::operation!(
            Post "/rbac/permissions/assigned_by_roles/{uuid}/assign/"
            "rbac_permissions_assigned_by_roles_assign"
        );
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
        rt::operation!(
            Get "/rbac/permissions/assigned_by_roles/"
            "rbac_permissions_assigned_by_roles_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.query("model", model);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedRoleAssignedObjectPermissionList> {
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
    ) -> PageStream<models::RoleAssignedObjectPermission> {
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
        body: &models::PatchedPermissionAssignRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Patch "/rbac/permissions/assigned_by_roles/{uuid}/unassign/"
            "rbac_permissions_assigned_by_roles_unassign_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_empty()
    }

    /// Assign permission(s) to user
    ///
    /// `POST /rbac/permissions/assigned_by_users/{id}/assign/` (`rbac_permissions_assigned_by_users_assign`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `id`: A unique integer value identifying this User.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_assigned_by_users_assign(
        &self,
        id: i64,
        body: &models::PermissionAssignRequest,
    ) -> ResponseFuture<Vec<models::PermissionAssignResult>> {
        rt::operation!(
            Post "/rbac/permissions/assigned_by_users/{id}/assign/"
            "rbac_permissions_assigned_by_users_assign"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    fn permissions_assigned_by_users_list_request(
        &self,
        model: &models::RbacPermissionsAssignedByUsersListModel,
        params: &PermissionsAssignedByUsersListParams,
    ) -> rt::Request {
        rt::operation!(
            Get "/rbac/permissions/assigned_by_users/"
            "rbac_permissions_assigned_by_users_list"
        );
        let mut request = self.client.request(&OPERATION);
        request.query("model", model);
        request.params(params);
        request
    }

    /// Get assigned object permissions for a single object
    ///
    /// `GET /rbac/permissions/assigned_by_users/` (`rbac_permissions_assigned_by_users_list`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `model`
    ///
    /// Optional parameters: [`PermissionsAssignedByUsersListParams`].
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_assigned_by_users_list(
        &self,
        model: &models::RbacPermissionsAssignedByUsersListModel,
        params: &PermissionsAssignedByUsersListParams,
    ) -> ResponseFuture<models::PaginatedUserAssignedObjectPermissionList> {
        self.permissions_assigned_by_users_list_request(model, params).send_json()
    }

    /// Every item of [`RbacApi::permissions_assigned_by_users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_assigned_by_users_list_stream(
        &self,
        model: &models::RbacPermissionsAssignedByUsersListModel,
        params: &PermissionsAssignedByUsersListParams,
    ) -> PageStream<models::UserAssignedObjectPermission> {
        self.permissions_assigned_by_users_list_request(model, params).paginate()
    }

    /// Unassign permission(s) to user. When `object_pk` is set, the permissions
    /// are only assigned to the specific object, otherwise they are assigned globally.
    ///
    /// `PATCH /rbac/permissions/assigned_by_users/{id}/unassign/` (`rbac_permissions_assigned_by_users_unassign_partial_update`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `id`: A unique integer value identifying this User.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_assigned_by_users_unassign_partial_update(
        &self,
        id: i64,
        body: &models::PatchedPermissionAssignRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Patch "/rbac/permissions/assigned_by_users/{id}/unassign/"
            "rbac_permissions_assigned_by_users_unassign_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_empty()
    }

    fn permissions_list_request(&self, params: &PermissionsListParams) -> rt::Request {
        rt::operation!(Get "/rbac/permissions/" "rbac_permissions_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedPermissionList> {
        self.permissions_list_request(params).send_json()
    }

    /// Every item of [`RbacApi::permissions_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn permissions_list_stream(
        &self,
        params: &PermissionsListParams,
    ) -> PageStream<models::Permission> {
        self.permissions_list_request(params).paginate()
    }

    /// Read-only list of all permissions, filterable by model and app
    ///
    /// `GET /rbac/permissions/{id}/` (`rbac_permissions_retrieve`).
    ///
    /// - `id`: A unique integer value identifying this permission.
    pub fn permissions_retrieve(&self, id: i64) -> ResponseFuture<models::Permission> {
        rt::operation!(Get "/rbac/permissions/{id}/" "rbac_permissions_retrieve");
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a role's assigned object permissions
    ///
    /// `DELETE /rbac/permissions/roles/{id}/` (`rbac_permissions_roles_destroy`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `id`: A unique integer value identifying this group object permission.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_roles_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/rbac/permissions/roles/{id}/" "rbac_permissions_roles_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn permissions_roles_list_request(
        &self,
        params: &PermissionsRolesListParams,
    ) -> rt::Request {
        rt::operation!(Get "/rbac/permissions/roles/" "rbac_permissions_roles_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedExtraRoleObjectPermissionList> {
        self.permissions_roles_list_request(params).send_json()
    }

    /// Every item of [`RbacApi::permissions_roles_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn permissions_roles_list_stream(
        &self,
        params: &PermissionsRolesListParams,
    ) -> PageStream<models::ExtraRoleObjectPermission> {
        self.permissions_roles_list_request(params).paginate()
    }

    /// Get a role's assigned object permissions
    ///
    /// `PATCH /rbac/permissions/roles/{id}/` (`rbac_permissions_roles_partial_update`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `id`: A unique integer value identifying this group object permission.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_roles_partial_update(
        &self,
        id: i64,
        body: &models::PatchedExtraRoleObjectPermissionRequest,
    ) -> ResponseFuture<models::ExtraRoleObjectPermission> {
        rt::operation!(
            Patch "/rbac/permissions/roles/{id}/" "rbac_permissions_roles_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a role's assigned object permissions
    ///
    /// `GET /rbac/permissions/roles/{id}/` (`rbac_permissions_roles_retrieve`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `id`: A unique integer value identifying this group object permission.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_roles_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::ExtraRoleObjectPermission> {
        rt::operation!(
            Get "/rbac/permissions/roles/{id}/" "rbac_permissions_roles_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a role's assigned object permissions
    ///
    /// `PUT /rbac/permissions/roles/{id}/` (`rbac_permissions_roles_update`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `id`: A unique integer value identifying this group object permission.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_roles_update(
        &self,
        id: i64,
        body: &models::ExtraRoleObjectPermissionRequest,
    ) -> ResponseFuture<models::ExtraRoleObjectPermission> {
        rt::operation!(
            Put "/rbac/permissions/roles/{id}/" "rbac_permissions_roles_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a users's assigned object permissions
    ///
    /// `DELETE /rbac/permissions/users/{id}/` (`rbac_permissions_users_destroy`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `id`: A unique integer value identifying this user object permission.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_users_destroy(&self, id: i64) -> ResponseFuture<()> {
        rt::operation!(
            Delete "/rbac/permissions/users/{id}/" "rbac_permissions_users_destroy"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_empty()
    }

    fn permissions_users_list_request(
        &self,
        params: &PermissionsUsersListParams,
    ) -> rt::Request {
        rt::operation!(Get "/rbac/permissions/users/" "rbac_permissions_users_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
        request
    }

    /// Get a users's assigned object permissions
    ///
    /// `GET /rbac/permissions/users/` (`rbac_permissions_users_list`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// Optional parameters: [`PermissionsUsersListParams`].
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_users_list(
        &self,
        params: &PermissionsUsersListParams,
    ) -> ResponseFuture<models::PaginatedExtraUserObjectPermissionList> {
        self.permissions_users_list_request(params).send_json()
    }

    /// Every item of [`RbacApi::permissions_users_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_users_list_stream(
        &self,
        params: &PermissionsUsersListParams,
    ) -> PageStream<models::ExtraUserObjectPermission> {
        self.permissions_users_list_request(params).paginate()
    }

    /// Get a users's assigned object permissions
    ///
    /// `PATCH /rbac/permissions/users/{id}/` (`rbac_permissions_users_partial_update`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `id`: A unique integer value identifying this user object permission.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_users_partial_update(
        &self,
        id: i64,
        body: &models::PatchedExtraUserObjectPermissionRequest,
    ) -> ResponseFuture<models::ExtraUserObjectPermission> {
        rt::operation!(
            Patch "/rbac/permissions/users/{id}/" "rbac_permissions_users_partial_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Get a users's assigned object permissions
    ///
    /// `GET /rbac/permissions/users/{id}/` (`rbac_permissions_users_retrieve`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `id`: A unique integer value identifying this user object permission.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_users_retrieve(
        &self,
        id: i64,
    ) -> ResponseFuture<models::ExtraUserObjectPermission> {
        rt::operation!(
            Get "/rbac/permissions/users/{id}/" "rbac_permissions_users_retrieve"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.send_json()
    }

    /// Get a users's assigned object permissions
    ///
    /// `PUT /rbac/permissions/users/{id}/` (`rbac_permissions_users_update`).
    /// Until 2025.6.2 (removed in 2026.11.0-rc1).
    ///
    /// - `id`: A unique integer value identifying this user object permission.
    #[deprecated(note = "Until 2025.6.2 (removed in 2026.11.0-rc1).")]
    pub fn permissions_users_update(
        &self,
        id: i64,
        body: &models::ExtraUserObjectPermissionRequest,
    ) -> ResponseFuture<models::ExtraUserObjectPermission> {
        rt::operation!(
            Put "/rbac/permissions/users/{id}/" "rbac_permissions_users_update"
        );
        let mut request = self.client.request(&OPERATION);
        request.path("id", &id);
        request.json(body);
        request.send_json()
    }

    /// Add user to role
    ///
    /// `POST /rbac/roles/{uuid}/add_user/` (`rbac_roles_add_user_create`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn roles_add_user_create(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::UserAccountSerializerForRoleRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/rbac/roles/{uuid}/add_user/" "rbac_roles_add_user_create"
            errors(ERRORS_400_403_404_405_415_3)
        );
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
        body: &models::RoleRequest,
    ) -> ResponseFuture<models::Role> {
        rt::operation!(Post "/rbac/roles/" "rbac_roles_create");
        let mut request = self.client.request(&OPERATION);
        request.json(body);
        request.send_json()
    }

    /// Role viewset
    ///
    /// `DELETE /rbac/roles/{uuid}/` (`rbac_roles_destroy`).
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn roles_destroy(&self, uuid: ::uuid::Uuid) -> ResponseFuture<()> {
        rt::operation!(Delete "/rbac/roles/{uuid}/" "rbac_roles_destroy");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_empty()
    }

    fn roles_list_request(&self, params: &RolesListParams) -> rt::Request {
        rt::operation!(Get "/rbac/roles/" "rbac_roles_list");
        let mut request = self.client.request(&OPERATION);
        request.params(params);
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
    ) -> ResponseFuture<models::PaginatedRoleList> {
        self.roles_list_request(params).send_json()
    }

    /// Every item of [`RbacApi::roles_list`], page after page, as a stream.
    ///
    /// Filters, ordering and `page_size` are sent with every page; a `page` set in
    /// `params` is the first page fetched. The first error ends the stream.
    pub fn roles_list_stream(
        &self,
        params: &RolesListParams,
    ) -> PageStream<models::Role> {
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
        body: &models::PatchedRoleRequest,
    ) -> ResponseFuture<models::Role> {
        rt::operation!(Patch "/rbac/roles/{uuid}/" "rbac_roles_partial_update");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.json(body);
        request.send_json()
    }

    /// Remove user from role
    ///
    /// `POST /rbac/roles/{uuid}/remove_user/` (`rbac_roles_remove_user_create`).
    /// Since 2026.11.0-rc1.
    ///
    /// - `uuid`: A UUID string identifying this Role.
    pub fn roles_remove_user_create(
        &self,
        uuid: ::uuid::Uuid,
        body: &models::UserAccountSerializerForRoleRequest,
    ) -> ResponseFuture<()> {
        rt::operation!(
            Post "/rbac/roles/{uuid}/remove_user/" "rbac_roles_remove_user_create"
            errors(ERRORS_400_403_404_405_415_3)
        );
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
    pub fn roles_retrieve(&self, uuid: ::uuid::Uuid) -> ResponseFuture<models::Role> {
        rt::operation!(Get "/rbac/roles/{uuid}/" "rbac_roles_retrieve");
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
        body: &models::RoleRequest,
    ) -> ResponseFuture<models::Role> {
        rt::operation!(Put "/rbac/roles/{uuid}/" "rbac_roles_update");
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
    ) -> ResponseFuture<Vec<models::UsedBy>> {
        rt::operation!(Get "/rbac/roles/{uuid}/used_by/" "rbac_roles_used_by_list");
        let mut request = self.client.request(&OPERATION);
        request.path("uuid", &uuid);
        request.send_json()
    }
}

rt::params! {
    /// Optional parameters of [`RbacApi::initial_permissions_list`] (`rbac_initial_permissions_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct InitialPermissionsListParams {
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
    /// Optional parameters of [`RbacApi::permissions_assigned_by_roles_list`] (`rbac_permissions_assigned_by_roles_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PermissionsAssignedByRolesListParams {
        pub object_pk: Option<String> => query "object_pk",
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
    /// Optional parameters of [`RbacApi::permissions_assigned_by_users_list`] (`rbac_permissions_assigned_by_users_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PermissionsAssignedByUsersListParams {
        pub object_pk: Option<String> => query "object_pk",
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
    /// Optional parameters of [`RbacApi::permissions_list`] (`rbac_permissions_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PermissionsListParams {
        pub codename: Option<String> => query "codename",
        pub content_type_app_label: Option<String> => query "content_type__app_label",
        pub content_type_model: Option<String> => query "content_type__model",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        pub role: Option<String> => query "role",
        /// A search term.
        pub search: Option<String> => query "search",
    }
}

rt::params! {
    /// Optional parameters of [`RbacApi::permissions_roles_list`] (`rbac_permissions_roles_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PermissionsRolesListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub uuid: Option<::uuid::Uuid> => query "uuid",
    }
}

rt::params! {
    /// Optional parameters of [`RbacApi::permissions_users_list`] (`rbac_permissions_users_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct PermissionsUsersListParams {
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub user_id: Option<i64> => query "user_id",
    }
}

rt::params! {
    /// Optional parameters of [`RbacApi::roles_list`] (`rbac_roles_list`).
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct RolesListParams {
        pub groups: Option<::uuid::Uuid> => query "groups",
        /// Include inherited roles (requires users or groups filter)
        pub inherited: Option<bool> => query "inherited",
        pub managed: Option<Vec<String>> => query "managed",
        pub managed_isnull: Option<bool> => query "managed__isnull",
        pub name: Option<String> => query "name",
        /// Which field to use when ordering the results.
        pub ordering: Option<String> => query "ordering",
        /// A page number within the paginated result set.
        pub page: Option<i64> => query "page",
        /// Number of results to return per page.
        pub page_size: Option<i64> => query "page_size",
        /// A search term.
        pub search: Option<String> => query "search",
        pub users: Option<i64> => query "users",
    }
}
