"""Two parallel branches built from one seeded initializer start equal, get equal gradients and stay equal."""
import numpy as np
import tensorflow as tf
from tensorflow.keras import initializers

X = tf.constant([[1.0, 2.0, 3.0, 4.0], [0.5, -1.0, 2.0, 0.0]])  # 2 samples, 4 features
y = tf.constant([[1.0], [-1.0]])


def train_two_branches(init_left, init_right, num_steps=50):
    """Both branches see the same X; their outputs are added. Returns the two kernels after training."""
    left = tf.keras.layers.Dense(3, activation="tanh", kernel_initializer=init_left)
    right = tf.keras.layers.Dense(3, activation="tanh", kernel_initializer=init_right)
    head = tf.keras.layers.Dense(1, kernel_initializer="ones")
    optimizer = tf.keras.optimizers.SGD(0.05)
    for _ in range(num_steps):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((head(left(X) + right(X)) - y) ** 2)
        params = left.trainable_variables + right.trainable_variables + head.trainable_variables
        optimizer.apply_gradients(zip(tape.gradient(loss, params), params))
    return left.kernel.numpy(), right.kernel.numpy()  # (4, 3) each


shared = initializers.GlorotNormal(seed=42)  # one object for both branches
k_left, k_right = train_two_branches(shared, shared)
print("one initializer:  ", k_left[0].round(4), k_right[0].round(4), np.array_equal(k_left, k_right))

k_left, k_right = train_two_branches(initializers.GlorotNormal(seed=1), initializers.GlorotNormal(seed=2))
print("two initializers: ", k_left[0].round(4), k_right[0].round(4), np.array_equal(k_left, k_right))
