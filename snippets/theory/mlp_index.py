"""nn.Linear's weight[i, j] is W_ij: it connects unit j of one layer to unit i of the next."""
import torch
from torch import nn

torch.manual_seed(0)
# the 3-4-2 network of the figure, with sigmoid as f
net = nn.Sequential(nn.Linear(3, 4), nn.Sigmoid(), nn.Linear(4, 2), nn.Sigmoid())
W1, b1 = net[0].weight, net[0].bias
W2, b2 = net[2].weight, net[2].bias
print("W1", tuple(W1.shape), " b1", tuple(b1.shape))
print("W2", tuple(W2.shape), " b2", tuple(b2.shape))

x = torch.tensor([1.0, -0.5, 2.0])
z2 = net[0](x)
# z_i = sum_j W_ij x_j + b_i with explicit loops (code counts i and j from 0)
z2_loops = torch.stack([sum(W1[i, j] * x[j] for j in range(3)) + b1[i] for i in range(4)])
torch.testing.assert_close(z2, z2_loops)
print("z2:", z2.detach().round(decimals=4))

# the Jacobian dz_i/dx_j of the layer is its weight matrix
J = torch.autograd.functional.jacobian(net[0], x)
torch.testing.assert_close(J, W1.detach())
print(f"W^(1)_21 = W1[1, 0] = {W1[1, 0].item():.4f}   dz_2/dx_1 = J[1, 0] = {J[1, 0].item():.4f}")
